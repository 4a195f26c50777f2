package io.followthrough.intake;

import io.followthrough.sdk.HumanTaskUpdates;
import io.followthrough.sdk.OutcomeQueries;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Takes one incoming document from arrival to a route: the built-in document intake outcome.
 *
 * <p>Stages: {@code understand} (OCR, classification, extraction through {@code
 * DocumentIntakeActivities}) → {@code review} when a person must decide (the document was rejected,
 * the type is not confident, or required fields are missing: a {@code coordinator} task whose
 * resolution is the confirmed type or {@code discard}) → {@code route} → {@code completed}. In
 * {@code route} a referral starts the referral outcome {@code referral/<referralKey>} as a child
 * that outlives the intake, or supplements it when that referral already runs (the same referral
 * faxed again); a refill request starts {@code refill/<documentId>}, every other type {@code
 * fax-routing/<documentId>}. Nothing is dropped: every failure ends in a human task. Queries {@code
 * state}, {@code timeline} and {@code intake}; Update {@code completeTask}.
 */
@WorkflowInterface
public interface FaxIntakeWorkflow extends OutcomeQueries, HumanTaskUpdates {

  /** Workflow type name. */
  String TYPE = "FaxIntake";

  /** Outcome type, as in the {@code OutcomeType} search attribute. */
  String OUTCOME_TYPE = "fax-intake";

  /** Workflow id of the intake of {@code documentId}: one intake per distinct document. */
  static String workflowId(String documentId) {
    return OUTCOME_TYPE + "/" + documentId;
  }

  @WorkflowMethod(name = TYPE)
  IntakeSummary run(FaxIntakeInput input);

  /** Type guess, confidence and field names (no values) so far. */
  @QueryMethod(name = "intake")
  IntakeSummary intake();
}
