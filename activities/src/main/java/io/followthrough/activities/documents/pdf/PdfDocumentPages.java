package io.followthrough.activities.documents.pdf;

import io.followthrough.activities.documents.DocumentReaderSettings;
import io.followthrough.activities.documents.DocumentRejectedException;
import io.followthrough.activities.documents.DocumentRejectedException.Reason;
import io.followthrough.activities.documents.PageText;
import io.followthrough.activities.documents.TextSource;
import io.followthrough.activities.documents.ocr.OcrEngineException;
import io.followthrough.activities.documents.ocr.PageRecognizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a PDF page by page: the text layer where it holds real text, else the page rendered and
 * OCRed. Buffers go to temp files, so memory stays bounded by one rendered page.
 */
public final class PdfDocumentPages {

  private static final Logger log = LoggerFactory.getLogger(PdfDocumentPages.class);

  private final DocumentReaderSettings settings;
  private final PageRecognizer recognizer;

  public PdfDocumentPages(DocumentReaderSettings settings, PageRecognizer recognizer) {
    this.settings = settings;
    this.recognizer = recognizer;
  }

  /** Reads every page of the PDF at {@code file}. */
  public List<PageText> read(Path file) throws DocumentRejectedException {
    try (PDDocument pdf = open(file)) {
      int count = pdf.getNumberOfPages();
      if (count == 0) {
        throw new DocumentRejectedException(Reason.EMPTY, "The PDF has no pages");
      }
      if (count > settings.maxPages()) {
        throw new DocumentRejectedException(
            Reason.TOO_MANY_PAGES,
            "The PDF has " + count + " pages; the limit is " + settings.maxPages());
      }
      // Rendered images are not worth keeping between pages; soft caches only delay the GC.
      pdf.setResourceCache(null);
      PDFRenderer renderer = new PDFRenderer(pdf);
      PdfPageGuard guard = new PdfPageGuard(settings.maxPagePixels());
      List<PageText> pages = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        pages.add(readPage(pdf, renderer, guard, i));
      }
      return pages;
    } catch (InvalidPasswordException e) {
      throw new DocumentRejectedException(Reason.ENCRYPTED, "The PDF is password-protected");
    } catch (OcrEngineException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new DocumentRejectedException(Reason.CORRUPT, "The PDF is damaged or truncated");
    }
  }

  private static PDDocument open(Path file) throws IOException {
    return Loader.loadPDF(
        new RandomAccessReadBufferedFile(file.toFile()),
        "",
        null,
        null,
        IOUtils.createTempFileOnlyStreamCache());
  }

  private PageText readPage(PDDocument pdf, PDFRenderer renderer, PdfPageGuard guard, int index)
      throws DocumentRejectedException {
    int pageNumber = index + 1;
    PDPage page = pdf.getPage(index);
    BufferedImage image;
    float dpi;
    try {
      String layer = textLayer(pdf, pageNumber);
      if (alphanumerics(layer) >= settings.minTextLayerChars()) {
        return new PageText(pageNumber, layer, TextSource.TEXT_LAYER, 1.0, 0);
      }
      guard.checkImages(page, pageNumber);
      dpi = renderDpi(page.getCropBox());
      image = renderer.renderImageWithDPI(index, dpi, ImageType.GRAY);
    } catch (OutOfMemoryError e) {
      // Last line of defence (the guard misses images nested in forms): the failed allocation is
      // already released, so refusing the file keeps the JVM alive.
      throw new DocumentRejectedException(
          Reason.TOO_LARGE, "Page " + pageNumber + " needs more memory to render than allowed");
    } catch (IOException | RuntimeException e) {
      // One unreadable page must not lose the others: it becomes an empty, zero-confidence page.
      log.warn("PDF page {} could not be read ({})", pageNumber, e.getClass().getSimpleName());
      return new PageText(pageNumber, "", TextSource.OCR, 0, 0);
    }
    // Outside the catch: an OCR failure is ours, not the file's, and must not read as damage.
    int d = Math.round(dpi);
    return recognizer.recognize(pageNumber, image, d, d);
  }

  private static String textLayer(PDDocument pdf, int pageNumber) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    stripper.setStartPage(pageNumber);
    stripper.setEndPage(pageNumber);
    stripper.setLineSeparator("\n");
    return stripper.getText(pdf).strip();
  }

  /** The configured DPI, lowered for oversized pages so the render stays within the pixel limit. */
  private float renderDpi(PDRectangle box) {
    double widthInches = box.getWidth() / 72.0;
    double heightInches = box.getHeight() / 72.0;
    double pixels = widthInches * heightInches * settings.renderDpi() * settings.renderDpi();
    if (pixels <= settings.maxPagePixels()) {
      return settings.renderDpi();
    }
    return (float) Math.sqrt(settings.maxPagePixels() / (widthInches * heightInches));
  }

  static int alphanumerics(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
