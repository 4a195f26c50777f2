package io.followthrough.activities.documents.eval;

import io.followthrough.activities.documents.DocumentReader;
import io.followthrough.activities.documents.OcrDocumentReader;

/**
 * The reader for a generated format in tests: the real OCR reader for fax TIFFs, the clean text
 * layer, or the text layer with simulated OCR noise.
 */
final class TuningReaders {
  private TuningReaders() {}

  static DocumentReader forFormat(String format) {
    return switch (format) {
      case "NOISY_TEXT" -> new NoisyTextReader(new TextLayerPdfReader(), 0.03);
      case "TEXT_PDF" -> new TextLayerPdfReader();
      default -> new OcrDocumentReader();
    };
  }

  static String generatedFormat(String format) {
    return format.equals("NOISY_TEXT") ? "TEXT_PDF" : format;
  }
}
