package io.followthrough.activities.ai.classify;

import io.followthrough.activities.ai.Classification;
import io.followthrough.activities.ai.DocumentType;
import java.util.List;

/**
 * Fits the softmax temperature by minimising negative log-likelihood on labelled tuning data, and
 * measures calibration as expected calibration error (10 equal-width confidence bins).
 */
public final class TemperatureFit {
  /** One tuning observation. */
  public record Observation(TypeScores scores, DocumentType truth) {}

  private TemperatureFit() {}

  /** The temperature in [0.005, 1] with the lowest NLL (log-spaced grid search). */
  public static double fit(List<Observation> data) {
    double bestT = 0.05;
    double bestNll = Double.MAX_VALUE;
    for (double t = 0.005; t <= 1.0; t *= 1.08) {
      double nll = nll(data, t);
      if (nll < bestNll) {
        bestNll = nll;
        bestT = t;
      }
    }
    return bestT;
  }

  public static double nll(List<Observation> data, double t) {
    double s = 0;
    for (Observation o : data) {
      double p = Softmax.of(o.scores().scores(), t).get(o.truth());
      s -= Math.log(Math.max(p, 1e-12));
    }
    return s / Math.max(1, data.size());
  }

  /** Expected calibration error of the top-class confidence. */
  public static double expectedCalibrationError(List<Observation> data, double t) {
    int bins = 10;
    double[] conf = new double[bins];
    double[] correct = new double[bins];
    int[] count = new int[bins];
    for (Observation o : data) {
      Classification c = TypeClassifier.calibrate(o.scores(), t);
      int b = Math.min(bins - 1, (int) (c.confidence() * bins));
      conf[b] += c.confidence();
      correct[b] += c.type() == o.truth() ? 1 : 0;
      count[b]++;
    }
    double ece = 0;
    for (int b = 0; b < bins; b++) {
      if (count[b] > 0) {
        ece += Math.abs(conf[b] - correct[b]) / data.size();
      }
    }
    return ece;
  }
}
