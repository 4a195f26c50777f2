package io.followthrough.activities.ai.extract;

/**
 * A value recognised inside a label's value region.
 *
 * @param value normalised value
 * @param start offset of the raw value within the region
 * @param end end offset within the region
 * @param valid whether the kind's validator accepted it
 * @param check non-PHI validation note, empty when clean
 * @param confidence confidence from the value's shape alone (before OCR and label factors)
 */
record ParsedValue(
    String value, int start, int end, boolean valid, String check, double confidence) {

  static ParsedValue clean(String value, int start, int end, double confidence) {
    return new ParsedValue(value, start, end, true, "", confidence);
  }

  static ParsedValue invalid(String value, int start, int end, String check) {
    return new ParsedValue(value, start, end, false, check, 0.2);
  }
}
