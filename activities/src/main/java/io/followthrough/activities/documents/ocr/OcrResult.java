package io.followthrough.activities.documents.ocr;

/**
 * What Tesseract read on one image.
 *
 * @param text recognised text, lines separated by {@code \n}, trimmed
 * @param confidence mean word confidence 0..1 (0 when nothing was recognised)
 */
public record OcrResult(String text, double confidence) {

  /** The text's length, never the text: document content stays out of logs. */
  @Override
  public String toString() {
    return "OcrResult[chars=%d, confidence=%.3f]"
        .formatted(text == null ? 0 : text.length(), confidence);
  }
}
