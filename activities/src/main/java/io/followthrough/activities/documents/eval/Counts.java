package io.followthrough.activities.documents.eval;

/** True positive, false positive and false negative counts, with the derived scores. */
final class Counts {
  int tp;
  int fp;
  int fn;

  double precision() {
    return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
  }

  double recall() {
    return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  void add(Counts o) {
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
  }

  FieldScore score() {
    return new FieldScore(round(precision()), round(recall()), round(f1()), tp, fp, fn);
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
