package io.followthrough.activities.ai;

/**
 * One extracted field.
 *
 * @param name field name, e.g. {@code referring_npi}
 * @param value normalised value (dates ISO-8601, phones E.164, lists comma-separated)
 * @param confidence 0..1, already lowered for OCR, fuzzy labels, conflicts and failed checks
 * @param evidence where it was read
 * @param valid false when a validator rejected the value; such a value is never auto-accepted
 * @param check short non-PHI note on the validation, e.g. {@code npi_checksum_failed}; may be empty
 */
public record FieldValue(
    String name, String value, double confidence, Evidence evidence, boolean valid, String check) {

  /** Everything but the value, which is PHI and stays out of logs. */
  @Override
  public String toString() {
    return "FieldValue[name=%s, confidence=%.3f, valid=%s, check=%s]"
        .formatted(name, confidence, valid, check);
  }
}
