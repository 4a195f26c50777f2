package io.followthrough.documents;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a workflow needs to know about an incoming document: its type and the fields read from it,
 * each with a confidence. No page images and no full text.
 *
 * @param documentId the document (SHA-256 of its bytes)
 * @param type {@code referral}, {@code lab_result}, {@code prior_auth}, {@code refill_request},
 *     {@code eligibility}, {@code medical_records}, {@code patient_form} or {@code other}
 * @param typeConfidence calibrated probability of {@code type}
 * @param needsHuman true when the type or a required field is not confident enough to act on
 * @param fields extracted fields by name (e.g. {@code patient_name}, {@code referring_npi})
 * @param missingRequired required fields of the type that are absent or invalid: ask the sender
 * @param needsReview fields present but below the auto-accept threshold: a person confirms them
 * @param pageCount pages in the document
 */
public record DocumentFacts(
    String documentId,
    String type,
    double typeConfidence,
    boolean needsHuman,
    Map<String, ExtractedField> fields,
    List<String> missingRequired,
    List<String> needsReview,
    int pageCount) {
  public DocumentFacts {
    // Sorted, so payloads and queries list fields in the same order on every worker.
    fields = Collections.unmodifiableMap(new TreeMap<>(fields));
    missingRequired = List.copyOf(missingRequired);
    needsReview = List.copyOf(needsReview);
  }

  /** The field if it was read, is valid and is confident enough to act on without a person. */
  public boolean accepted(String field, double autoAcceptThreshold) {
    ExtractedField f = fields.get(field);
    return f != null && f.valid() && f.confidence() >= autoAcceptThreshold;
  }

  /** Type, confidence and field names only: field values are PHI and stay out of logs. */
  @Override
  public String toString() {
    return "DocumentFacts[documentId=%s, type=%s, typeConfidence=%.3f, needsHuman=%s, fields=%s, missingRequired=%s, needsReview=%s, pageCount=%d]"
        .formatted(
            documentId,
            type,
            typeConfidence,
            needsHuman,
            fields.keySet(),
            missingRequired,
            needsReview,
            pageCount);
  }
}
