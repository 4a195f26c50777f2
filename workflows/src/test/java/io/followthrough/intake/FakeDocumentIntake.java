package io.followthrough.intake;

import io.followthrough.documents.DocumentFacts;
import io.followthrough.documents.DocumentIntakeActivities;
import io.followthrough.documents.ExtractedField;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.Map;

/** Facts chosen by document id: {@code clean-*}, {@code unsure-*}, {@code bad-*}. */
final class FakeDocumentIntake implements DocumentIntakeActivities {

  static final String CLEAN = "clean-referral";
  static final String UNSURE = "unsure-fax";
  static final String BAD = "bad-fax";

  @Override
  public DocumentFacts understand(String documentId) {
    if (documentId.startsWith("bad")) {
      throw ApplicationFailure.newNonRetryableFailure(
          "PDF needs a password", DOCUMENT_REJECTED, "ENCRYPTED");
    }
    ExtractedField name = new ExtractedField("Test Patient", 0.97, 1, 10, 22, true);
    if (documentId.startsWith("unsure")) {
      return new DocumentFacts(
          documentId,
          "referral",
          0.55,
          true,
          Map.of("patient_name", name),
          List.of("referring_npi"),
          List.of(),
          2);
    }
    return new DocumentFacts(
        documentId,
        "referral",
        0.98,
        false,
        Map.of(
            "patient_name",
            name,
            "referring_npi",
            new ExtractedField("1234567893", 0.95, 1, 30, 40, true)),
        List.of(),
        List.of(),
        1);
  }
}
