package io.followthrough.activities.documents.image;

import io.followthrough.activities.documents.DocumentFormat;
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
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads TIFF (multi-page fax, CCITT G3/G4 and others), PNG and JPEG files page by page, checking
 * each page's declared size before decoding it.
 */
public final class RasterDocumentPages {

  private static final Logger log = LoggerFactory.getLogger(RasterDocumentPages.class);
  private static final String TWELVEMONKEYS_TIFF =
      "com.twelvemonkeys.imageio.plugins.tiff.TIFFImageReader";

  private final DocumentReaderSettings settings;
  private final PageRecognizer recognizer;

  public RasterDocumentPages(DocumentReaderSettings settings, PageRecognizer recognizer) {
    this.settings = settings;
    this.recognizer = recognizer;
  }

  /** Reads every page of the image file at {@code file}, known to be of {@code format}. */
  public List<PageText> read(Path file, DocumentFormat format) throws DocumentRejectedException {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        throw new DocumentRejectedException(Reason.CORRUPT, "The image cannot be opened");
      }
      ImageReader reader = readerFor(format);
      try {
        reader.setInput(in, false, false);
        return readPages(reader, format);
      } finally {
        reader.dispose();
      }
    } catch (OcrEngineException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new DocumentRejectedException(
          Reason.CORRUPT, "The " + format.name() + " image is damaged or truncated");
    }
  }

  private List<PageText> readPages(ImageReader reader, DocumentFormat format)
      throws IOException, DocumentRejectedException {
    int count = reader.getNumImages(true);
    if (count <= 0) {
      // Every image format requires a first page; none readable means a damaged file.
      throw new DocumentRejectedException(Reason.CORRUPT, "The image file holds no readable page");
    }
    if (count > settings.maxPages()) {
      throw new DocumentRejectedException(
          Reason.TOO_MANY_PAGES,
          "The " + format.name() + " has " + count + " pages; the limit is " + settings.maxPages());
    }
    // Check every page header first: a bomb on page 9 should not cost eight pages of OCR.
    for (int i = 0; i < count; i++) {
      long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
      if (pixels > settings.maxPagePixels()) {
        throw new DocumentRejectedException(
            Reason.TOO_LARGE,
            "Page "
                + (i + 1)
                + " declares "
                + reader.getWidth(i)
                + "x"
                + reader.getHeight(i)
                + " pixels; the limit is "
                + settings.maxPagePixels());
      }
    }
    List<PageText> pages = new ArrayList<>(count);
    int failed = 0;
    for (int i = 0; i < count; i++) {
      PageText page = readPage(reader, i);
      failed += page == null ? 1 : 0;
      pages.add(page == null ? new PageText(i + 1, "", TextSource.OCR, 0, 0) : page);
    }
    if (failed == count) {
      throw new DocumentRejectedException(
          Reason.CORRUPT, "No page of the " + format.name() + " could be decoded");
    }
    return pages;
  }

  /** One page, or null when its image data cannot be decoded. */
  private PageText readPage(ImageReader reader, int index) throws DocumentRejectedException {
    ImageResolution dpi;
    BufferedImage image;
    try {
      dpi = ImageResolution.of(reader.getImageMetadata(index));
      image = reader.read(index);
    } catch (OutOfMemoryError e) {
      // Sizes were checked from the header; this is the last line of defence.
      throw new DocumentRejectedException(
          Reason.TOO_LARGE, "Page " + (index + 1) + " needs more memory to decode than allowed");
    } catch (IOException | RuntimeException e) {
      log.warn("Image page {} could not be decoded ({})", index + 1, e.getClass().getSimpleName());
      return null;
    }
    // Outside the catch: an OCR failure is ours, not the file's, and must not read as corrupt.
    return recognizer.recognize(index + 1, image, dpi.xDpi(), dpi.yDpi());
  }

  private static ImageReader readerFor(DocumentFormat format) throws DocumentRejectedException {
    String name =
        format == DocumentFormat.TIFF ? "tiff" : format.name().toLowerCase(java.util.Locale.ROOT);
    ImageReader fallback = null;
    for (Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName(name); it.hasNext(); ) {
      ImageReader candidate = it.next();
      // Prefer TwelveMonkeys for TIFF: it decodes every CCITT variant fax servers produce.
      if (format != DocumentFormat.TIFF
          || candidate.getClass().getName().equals(TWELVEMONKEYS_TIFF)) {
        return candidate;
      }
      fallback = fallback == null ? candidate : fallback;
    }
    if (fallback == null) {
      throw new DocumentRejectedException(
          Reason.UNSUPPORTED_TYPE, "No decoder for " + format.mediaType() + " is installed");
    }
    return fallback;
  }
}
