package io.followthrough.activities.ai.extract;

/**
 * A label found on a page.
 *
 * @param spec the field the label names
 * @param rank 0 for the most specific label; generic section labels rank after all specific ones
 * @param start label start in the page text
 * @param valueStart first character after the label and its separator
 * @param exact true when the label was read without any OCR-confusion substitution
 */
record LabelHit(FieldSpec spec, int rank, int start, int valueStart, boolean exact) {
  boolean contains(LabelHit other) {
    return start <= other.start
        && valueStart >= other.valueStart
        && (valueStart - start) > (other.valueStart - other.start);
  }
}
