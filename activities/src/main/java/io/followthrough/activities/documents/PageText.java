package io.followthrough.activities.documents;

/**
 * The text of one page.
 *
 * @param pageNumber 1-based page number within the file
 * @param text the page text, lines separated by {@code \n}
 * @param source where the text came from
 * @param confidence 0..1; 1.0 for a real text layer, the OCR mean word confidence otherwise
 * @param rotationDegrees clockwise rotation applied before OCR (0, 90, 180 or 270)
 */
public record PageText(
    int pageNumber, String text, TextSource source, double confidence, int rotationDegrees) {

  /** The text's length, never the text: document content stays out of logs. */
  @Override
  public String toString() {
    return "PageText[page=%d, chars=%d, source=%s, confidence=%.3f, rotation=%d]"
        .formatted(
            pageNumber, text == null ? 0 : text.length(), source, confidence, rotationDegrees);
  }
}
