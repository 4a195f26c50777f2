package io.followthrough.activities.ai.classify;

/**
 * Tuning of the offline classifier.
 *
 * @param temperature softmax temperature over combined scores; fitted on the tuning split
 * @param ruleWeight score added per matched keyword rule (at most two count)
 * @param neighbours examples per type averaged in the kNN similarity
 * @param maxChars characters of the document embedded (MiniLM reads about 256 tokens)
 */
public record ClassifierSettings(
    double temperature, double ruleWeight, int neighbours, int maxChars) {

  /** Defaults; the temperature was fitted by {@code TemperatureFit} on the tuning split. */
  public static ClassifierSettings defaults() {
    // Temperature fitted by TemperatureFit (minimum NLL) on the tuning slice with simulated OCR
    // noise.
    return new ClassifierSettings(0.025, 0.12, 2, 1200);
  }

  public ClassifierSettings withTemperature(double t) {
    return new ClassifierSettings(t, ruleWeight, neighbours, maxChars);
  }
}
