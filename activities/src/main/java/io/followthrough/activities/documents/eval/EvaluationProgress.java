package io.followthrough.activities.documents.eval;

/** Told after each document, so long runs can show progress. */
@FunctionalInterface
public interface EvaluationProgress {
  void documentDone(int done, int total);

  EvaluationProgress NONE = (done, total) -> {};
}
