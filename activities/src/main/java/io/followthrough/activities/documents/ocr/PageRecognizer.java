package io.followthrough.activities.documents.ocr;

import io.followthrough.activities.documents.PageText;
import io.followthrough.activities.documents.TextSource;
import java.awt.image.BufferedImage;

/**
 * OCRs one page image: square pixels, deskew, recognise, and when the result looks poor, find the
 * orientation and recognise again turned upright. Thread-safe (engines come from the pool).
 *
 * <p>Orientation: Tesseract OSD on pages with enough text; on pages with little text OSD finds
 * nothing (measured: one or two short lines give OSD confidence 0), so those try the other three
 * rotations and keep the most confident reading. Little text makes those retries cheap.
 */
public final class PageRecognizer {

  /** Below this mean confidence a page with enough text may be turned: check orientation. */
  static final double ORIENTATION_CHECK_BELOW = 0.70;

  /**
   * Short texts read upside down can still score 0.74-0.82 (one word gave "peaoiddy"), so they are
   * checked below this higher bar.
   */
  static final double SHORT_TEXT_CHECK_BELOW = 0.90;

  /** Fewer letters and digits than this is a short text, where OSD is unreliable. */
  static final int SHORT_TEXT_CHARS = 60;

  /** OSD orientation confidence needed before we trust its answer. */
  static final double MIN_OSD_CONFIDENCE = 1.0;

  /** A rotated reading must beat the upright one by this much to win. */
  static final double ROTATION_MARGIN = 0.05;

  /**
   * Smaller skews do not hurt Tesseract (measured: 1.5 degrees read the same with or without
   * deskew; 3 degrees lost words on a standard fax, 5 degrees merged lines); rotating costs time.
   */
  static final double MIN_DESKEW_DEGREES = 1.0;

  private static final double LETTER_WIDTH_INCHES = 8.5;

  private final TesseractPool pool;

  public PageRecognizer(TesseractPool pool) {
    this.pool = pool;
  }

  /** Recognises {@code image}, whose resolution is {@code xDpi} x {@code yDpi} (0 when unknown). */
  public PageText recognize(int pageNumber, BufferedImage image, int xDpi, int yDpi) {
    try {
      return recognizeUnchecked(pageNumber, image, xDpi, yDpi);
    } catch (RuntimeException | LinkageError e) {
      throw new OcrEngineException("OCR failed on page " + pageNumber, e);
    }
  }

  private PageText recognizeUnchecked(int pageNumber, BufferedImage image, int xDpi, int yDpi) {
    BufferedImage gray = PageImages.toSquareGray(image, xDpi, yDpi);
    // Unknown resolution (PNG/JPEG without density): assume a letter-width page, the usual case.
    int dpi =
        xDpi > 0 || yDpi > 0
            ? Math.max(xDpi, yDpi)
            : (int) Math.max(70, Math.round(gray.getWidth() / LETTER_WIDTH_INCHES));
    if (PageImages.isBlank(gray)) {
      return new PageText(pageNumber, "", TextSource.OCR, 0, 0);
    }
    BufferedImage straight = deskew(gray);
    return pool.with(engine -> upright(engine, pageNumber, straight, dpi));
  }

  private PageText upright(TesseractEngine engine, int pageNumber, BufferedImage page, int dpi) {
    OcrResult asIs = engine.recognize(page, dpi);
    boolean shortText = alphanumerics(asIs.text()) < SHORT_TEXT_CHARS;
    double bar = shortText ? SHORT_TEXT_CHECK_BELOW : ORIENTATION_CHECK_BELOW;
    if (asIs.confidence() >= bar) {
      return page(pageNumber, asIs, 0);
    }
    PageText best = page(pageNumber, asIs, 0);
    Orientation osd = shortText ? Orientation.UPRIGHT : engine.detectOrientation(page, dpi);
    int[] candidates =
        osd.confidence() >= MIN_OSD_CONFIDENCE
            ? new int[] {osd.correctionDegrees()}
            : new int[] {180, 90, 270};
    for (int degrees : candidates) {
      if (degrees == 0) {
        continue;
      }
      OcrResult turned = engine.recognize(deskew(PageImages.rotateRightAngle(page, degrees)), dpi);
      if (turned.confidence() > best.confidence() + ROTATION_MARGIN) {
        best = page(pageNumber, turned, degrees);
      }
    }
    return best;
  }

  private static int alphanumerics(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += Character.isLetterOrDigit(text.charAt(i)) ? 1 : 0;
    }
    return n;
  }

  private static BufferedImage deskew(BufferedImage gray) {
    double correction = SkewDetector.correctionDegrees(gray);
    return Math.abs(correction) >= MIN_DESKEW_DEGREES
        ? PageImages.rotateSmall(gray, correction)
        : gray;
  }

  private static PageText page(int pageNumber, OcrResult result, int rotation) {
    return new PageText(pageNumber, result.text(), TextSource.OCR, result.confidence(), rotation);
  }
}
