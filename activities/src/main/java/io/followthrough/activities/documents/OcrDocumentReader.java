package io.followthrough.activities.documents;

import io.followthrough.activities.documents.DocumentRejectedException.Reason;
import io.followthrough.activities.documents.image.RasterDocumentPages;
import io.followthrough.activities.documents.ocr.PageRecognizer;
import io.followthrough.activities.documents.ocr.TesseractPool;
import io.followthrough.activities.documents.pdf.PdfDocumentPages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The production {@link DocumentReader}: PDF text layer first, OCR (Tess4J on bundled natives)
 * otherwise, with limits from {@link DocumentReaderSettings}. Thread-safe; share one instance and
 * {@link #close()} it on shutdown to free the native OCR engines.
 */
public final class OcrDocumentReader implements DocumentReader, AutoCloseable {

  private final DocumentReaderSettings settings;
  private final TesseractPool pool;
  private final PdfDocumentPages pdf;
  private final RasterDocumentPages raster;
  private final DocumentMetrics metrics;

  public OcrDocumentReader() {
    this(DocumentReaderSettings.defaults());
  }

  /** A reader whose metrics go to Micrometer's global registry. */
  public OcrDocumentReader(DocumentReaderSettings settings) {
    this(settings, DocumentMetrics.global());
  }

  public OcrDocumentReader(DocumentReaderSettings settings, DocumentMetrics metrics) {
    this.settings = settings;
    this.metrics = metrics;
    this.pool = new TesseractPool(settings.ocrThreads());
    PageRecognizer recognizer = new PageRecognizer(pool);
    this.pdf = new PdfDocumentPages(settings, recognizer);
    this.raster = new RasterDocumentPages(settings, recognizer);
  }

  @Override
  public ReadDocument read(Path file) throws DocumentRejectedException {
    try {
      return readCounted(file);
    } catch (DocumentRejectedException e) {
      metrics.rejected(e.reason());
      throw e;
    }
  }

  private ReadDocument readCounted(Path file) throws DocumentRejectedException {
    long start = System.nanoTime();
    long size;
    Optional<DocumentFormat> format;
    String id;
    try {
      if (!Files.isRegularFile(file)) {
        throw new DocumentRejectedException(Reason.EMPTY, "There is no file to read");
      }
      size = Files.size(file);
      if (size == 0) {
        throw new DocumentRejectedException(Reason.EMPTY, "The file is empty");
      }
      if (size > settings.maxFileBytes()) {
        throw new DocumentRejectedException(
            Reason.TOO_LARGE,
            "The file has " + size + " bytes; the limit is " + settings.maxFileBytes());
      }
      format = DocumentFormat.sniff(file);
      id = sha256(file);
    } catch (IOException e) {
      throw new DocumentRejectedException(Reason.CORRUPT, "The file cannot be read", e);
    }
    if (format.isEmpty()) {
      throw new DocumentRejectedException(
          Reason.UNSUPPORTED_TYPE, "The file is not a PDF, TIFF, PNG or JPEG document");
    }
    List<PageText> pages =
        format.get() == DocumentFormat.PDF ? pdf.read(file) : raster.read(file, format.get());
    ReadDocument document = new ReadDocument(id, format.get().mediaType(), pages);
    metrics.read(format.get(), document, System.nanoTime() - start);
    return document;
  }

  /** Lowercase hex SHA-256 of the file's bytes, streamed. */
  public static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  @Override
  public void close() {
    pool.close();
  }
}
