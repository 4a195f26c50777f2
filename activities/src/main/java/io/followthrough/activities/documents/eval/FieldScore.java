package io.followthrough.activities.documents.eval;

/** Precision, recall and F1 of one field (or all fields), with the underlying counts. */
public record FieldScore(
    double precision,
    double recall,
    double f1,
    int truePositives,
    int falsePositives,
    int falseNegatives) {}
