package io.followthrough.activities.documents.ocr;

import io.followthrough.activities.documents.PageText;
import io.followthrough.activities.documents.TextSource;
import java.awt.image.BufferedImage;

/**
 * OCRs one page image: square pixels, deskew, recognise, and when the result looks poor, detect the
 * orientation and try again turned upright. Thread-safe (engines come from the pool).
 */
public final class PageRecognizer {

  /** Below this mean confidence the page may be sideways or upside down: check orientation. */
  static final double ORIENTATION_CHECK_BELOW = 0.70;

  /** OSD orientation confidence needed before we pay for a second recognition. */
  static final double MIN_OSD_CONFIDENCE = 1.0;

  /** Smaller skews do not hurt Tesseract; rotating costs time and blurs. */
  static final double MIN_DESKEW_DEGREES = 0.4;

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
    int dpi = Math.max(xDpi, yDpi);
    if (PageImages.isBlank(gray)) {
      return new PageText(pageNumber, "", TextSource.OCR, 0, 0);
    }
    BufferedImage straight = deskew(gray);
    return pool.with(
        engine -> {
          OcrResult upright = engine.recognize(straight, dpi);
          if (upright.confidence() >= ORIENTATION_CHECK_BELOW) {
            return page(pageNumber, upright, 0);
          }
          Orientation orientation = engine.detectOrientation(straight, dpi);
          if (orientation.correctionDegrees() == 0
              || orientation.confidence() < MIN_OSD_CONFIDENCE) {
            return page(pageNumber, upright, 0);
          }
          BufferedImage turned =
              deskew(PageImages.rotateRightAngle(straight, orientation.correctionDegrees()));
          OcrResult rotated = engine.recognize(turned, dpi);
          return rotated.confidence() > upright.confidence()
              ? page(pageNumber, rotated, orientation.correctionDegrees())
              : page(pageNumber, upright, 0);
        });
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
