package io.followthrough.activities.documents.split;

import java.util.List;

/**
 * How likely a page starts a new document within a multi-document fax packet.
 *
 * @param pageNumber 1-based page number
 * @param probability 0..1 that this page starts a new document (page 1 always 1.0)
 * @param signals names of the signals that fired, e.g. {@code page-1-of-n}, {@code dob-changed};
 *     never document content
 */
public record PageBoundary(int pageNumber, double probability, List<String> signals) {
  public PageBoundary {
    signals = List.copyOf(signals);
  }

  public boolean startsDocument() {
    return probability >= 0.5;
  }

  /** A copy with another probability, for later stages (e.g. classification) to refine. */
  public PageBoundary withProbability(double value, String signal) {
    List<String> more = new java.util.ArrayList<>(signals);
    more.add(signal);
    return new PageBoundary(pageNumber, value, more);
  }
}
