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

  public OcrDocumentReader() {
    this(DocumentReaderSettings.defaults());
  }

  public OcrDocumentReader(DocumentReaderSettings settings) {
    this.settings = settings;
    this.pool = new TesseractPool(settings.ocrThreads());
    PageRecognizer recognizer = new PageRecognizer(pool);
    this.pdf = new PdfDocumentPages(settings, recognizer);
    this.raster = new RasterDocumentPages(settings, recognizer);
  }

  @Override
  public ReadDocument read(Path file) throws DocumentRejectedException {
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
    return new ReadDocument(id, format.get().mediaType(), pages);
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
