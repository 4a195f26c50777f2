package io.followthrough.activities.ai.classify;

import io.followthrough.activities.ai.DocumentType;
import java.util.EnumMap;
import java.util.Map;

/** Temperature softmax over per-type scores. */
final class Softmax {
  private Softmax() {}

  static Map<DocumentType, Double> of(Map<DocumentType, Double> scores, double temperature) {
    double max = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    Map<DocumentType, Double> out = new EnumMap<>(DocumentType.class);
    double sum = 0;
    for (Map.Entry<DocumentType, Double> e : scores.entrySet()) {
      double x = Math.exp((e.getValue() - max) / temperature);
      out.put(e.getKey(), x);
      sum += x;
    }
    for (Map.Entry<DocumentType, Double> e : out.entrySet()) {
      e.setValue(e.getValue() / sum);
    }
    return out;
  }
}
