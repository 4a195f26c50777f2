package io.followthrough.activities.payer;

import io.followthrough.priorauth.PayerDecision;
import java.time.Instant;
import java.util.List;

/**
 * One submission (or appeal) at the sandbox payer: references and codes only. The appeal letter is
 * not kept, only its template id and length; diagnosis codes only as a count.
 *
 * @param trackingId e.g. {@code PA-0001}
 * @param appealOf the denied submission an appeal is for, else null
 * @param workflowId the outcome that submitted it (from the idempotency key), or null
 * @param orderKey the order or visit
 * @param patientRef the patient
 * @param payer payer code
 * @param specialty specialty code
 * @param serviceCode service code
 * @param diagnoses how many diagnosis codes came with it
 * @param documentKinds kinds of the documents attached (grows with answers)
 * @param decision the payer's answer so far
 * @param reasonCode denial reason
 * @param requestedItems items asked for while {@link PayerDecision#MORE_INFO}
 * @param authNumber authorization number once approved
 * @param finalDecision whether no further appeal is accepted
 * @param reviews status checks since the last change (the sandbox decides after a number of them)
 * @param outagesLeft status checks that still fail as an outage
 * @param infoAsked whether the payer already asked for more information
 * @param forced whether a person forced the decision over HTTP
 * @param letterTemplate the appeal letter's template id, or null
 * @param letterLength the appeal letter's length
 * @param signedBy staff id of the clinician who signed the appeal
 * @param submittedAt when it arrived
 * @param decidedAt when it was approved or denied, or null
 */
public record Submission(
    String trackingId,
    String appealOf,
    String workflowId,
    String orderKey,
    String patientRef,
    String payer,
    String specialty,
    String serviceCode,
    int diagnoses,
    List<String> documentKinds,
    PayerDecision decision,
    String reasonCode,
    List<String> requestedItems,
    String authNumber,
    boolean finalDecision,
    int reviews,
    int outagesLeft,
    boolean infoAsked,
    boolean forced,
    String letterTemplate,
    int letterLength,
    String signedBy,
    Instant submittedAt,
    Instant decidedAt) {

  public Submission {
    documentKinds = documentKinds == null ? List.of() : List.copyOf(documentKinds);
    requestedItems = requestedItems == null ? List.of() : List.copyOf(requestedItems);
  }

  Submission reviewed(int reviewsNow, int outages) {
    return new Submission(
        trackingId,
        appealOf,
        workflowId,
        orderKey,
        patientRef,
        payer,
        specialty,
        serviceCode,
        diagnoses,
        documentKinds,
        decision,
        reasonCode,
        requestedItems,
        authNumber,
        finalDecision,
        reviewsNow,
        outages,
        infoAsked,
        forced,
        letterTemplate,
        letterLength,
        signedBy,
        submittedAt,
        decidedAt);
  }

  Submission answered(
      PayerDecision to,
      String reason,
      List<String> items,
      String auth,
      boolean isFinal,
      boolean asked,
      boolean byPerson,
      List<String> kinds,
      Instant decided) {
    return new Submission(
        trackingId,
        appealOf,
        workflowId,
        orderKey,
        patientRef,
        payer,
        specialty,
        serviceCode,
        diagnoses,
        kinds,
        to,
        reason,
        items,
        auth,
        isFinal,
        0,
        outagesLeft,
        asked,
        byPerson,
        letterTemplate,
        letterLength,
        signedBy,
        submittedAt,
        decided);
  }

  /** Whether the payer has approved or denied it. */
  public boolean decided() {
    return decision == PayerDecision.APPROVED || decision == PayerDecision.DENIED;
  }
}
