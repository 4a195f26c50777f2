package io.followthrough.documents;

/**
 * One field read from a document, small enough for workflow history.
 *
 * @param value normalised value (dates ISO-8601, phones E.164, lists comma-separated)
 * @param confidence 0..1
 * @param page 1-based page the value was read on
 * @param start first character of the value in that page's text
 * @param end one past its last character
 * @param valid false when a validator (NPI checksum, ICD-10 format, date sanity, phone) rejected it
 */
public record ExtractedField(
    String value, double confidence, int page, int start, int end, boolean valid) {

  /** Everything but the value, which is PHI and stays out of logs. */
  @Override
  public String toString() {
    return "ExtractedField[confidence=%.3f, page=%d, start=%d, end=%d, valid=%s]"
        .formatted(confidence, page, start, end, valid);
  }
}
