package io.followthrough.activities.intake;

import io.followthrough.activities.documents.DocumentFormat;
import io.followthrough.activities.documents.DocumentReaderSettings;
import io.followthrough.activities.documents.DocumentRejectedException;
import io.followthrough.activities.documents.DocumentRejectedException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * The reader's checks that cost no OCR, run before a document is stored: size, type by content, and
 * whether the file opens and how many pages it has. The reasons and messages are the reader's
 * ({@link DocumentRejectedException}); messages never hold document content.
 */
public final class DocumentPrecheck {

  /** What the check found. */
  public record Checked(DocumentFormat format, int pages) {}

  private final DocumentReaderSettings settings;

  public DocumentPrecheck(DocumentReaderSettings settings) {
    this.settings = settings;
  }

  /** Checks {@code bytes}; throws with the reader's reason when they would be rejected. */
  public Checked check(byte[] bytes) throws DocumentRejectedException {
    if (bytes.length == 0) {
      throw new DocumentRejectedException(Reason.EMPTY, "The file is empty");
    }
    if (bytes.length > settings.maxFileBytes()) {
      throw new DocumentRejectedException(
          Reason.TOO_LARGE,
          "The file has " + bytes.length + " bytes; the limit is " + settings.maxFileBytes());
    }
    DocumentFormat format =
        DocumentFormat.sniff(bytes)
            .orElseThrow(
                () ->
                    new DocumentRejectedException(
                        Reason.UNSUPPORTED_TYPE,
                        "Not a PDF, TIFF, PNG or JPEG (the type is read from the content)"));
    int pages = format == DocumentFormat.PDF ? pdfPages(bytes) : imagePages(bytes, format);
    if (pages > settings.maxPages()) {
      throw new DocumentRejectedException(
          Reason.TOO_MANY_PAGES,
          "The document has " + pages + " pages; the limit is " + settings.maxPages());
    }
    return new Checked(format, pages);
  }

  private static int pdfPages(byte[] bytes) throws DocumentRejectedException {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      int count = pdf.getNumberOfPages();
      if (count == 0) {
        throw new DocumentRejectedException(Reason.EMPTY, "The PDF has no pages");
      }
      return count;
    } catch (InvalidPasswordException e) {
      throw new DocumentRejectedException(Reason.ENCRYPTED, "The PDF is password-protected");
    } catch (IOException | RuntimeException e) {
      throw new DocumentRejectedException(Reason.CORRUPT, "The PDF is damaged or truncated");
    }
  }

  private static int imagePages(byte[] bytes, DocumentFormat format)
      throws DocumentRejectedException {
    String damaged = "The " + format.name() + " image is damaged or truncated";
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new DocumentRejectedException(Reason.CORRUPT, damaged);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, false, false);
        int count = reader.getNumImages(true);
        if (count <= 0) {
          throw new DocumentRejectedException(Reason.CORRUPT, damaged);
        }
        reader.getWidth(0);
        return count;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new DocumentRejectedException(Reason.CORRUPT, damaged);
    }
  }
}
