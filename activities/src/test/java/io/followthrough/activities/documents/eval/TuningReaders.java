package io.followthrough.activities.documents.eval;

import io.followthrough.activities.documents.DocumentReader;

/** The reader for a generated format in tests: clean text layer, or text layer with OCR noise. */
final class TuningReaders {
  private TuningReaders() {}

  static DocumentReader forFormat(String format) {
    return format.equals("NOISY_TEXT")
        ? new NoisyTextReader(new TextLayerPdfReader(), 0.03)
        : new TextLayerPdfReader();
  }

  static String generatedFormat(String format) {
    return format.equals("NOISY_TEXT") ? "TEXT_PDF" : format;
  }
}
