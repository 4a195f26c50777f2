package io.followthrough.activities.documents.ocr;

/**
 * Tesseract's orientation estimate for a page.
 *
 * @param correctionDegrees clockwise rotation (0, 90, 180, 270) that turns the page upright
 * @param confidence Tesseract's OSD orientation confidence (unbounded, above ~2 is usually right)
 */
public record Orientation(int correctionDegrees, double confidence) {
  public static final Orientation UPRIGHT = new Orientation(0, 0);
}
