package io.followthrough.workers.ops;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.followthrough.documents.ExtractedField;

/**
 * One field read from a document, with where it was read (PHI: only served to permitted roles and
 * audited as {@code read-document}).
 *
 * @param name e.g. {@code patient_name}, {@code referring_npi}
 * @param value the normalised value
 * @param confidence 0..1
 * @param valid false when a validator rejected the value
 * @param evidence page and character span the value was read from
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DocumentField(
    String name, String value, double confidence, boolean valid, Evidence evidence) {

  /**
   * Where a value was read.
   *
   * @param page 1-based page
   * @param start first character of the value in that page's text
   * @param end one past its last character
   */
  public record Evidence(int page, int start, int end) {}

  static DocumentField of(String name, ExtractedField field) {
    return new DocumentField(
        name,
        field.value(),
        field.confidence(),
        field.valid(),
        new Evidence(field.page(), field.start(), field.end()));
  }
}
