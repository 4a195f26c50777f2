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
    int pageNumber, String text, TextSource source, double confidence, int rotationDegrees) {}
