package io.followthrough.examples.labresult;

import io.followthrough.sdk.HumanTaskUpdates;
import io.followthrough.sdk.OutcomeQueries;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Follows a lab result until the ordering provider has acknowledged it and the patient is confirmed
 * informed.
 *
 * <p>Stages: {@code notify-provider} → {@code await-acknowledgement} (reminder, second reminder,
 * then a {@code supervisor} task) → {@code notify-patient} (outside the patient's quiet hours) →
 * {@code confirm-patient-informed} (signal or re-check poll; a {@code coordinator} task when
 * neither comes) → {@code completed}. Queries {@code state} and {@code timeline}; Update {@code
 * completeTask}.
 */
@WorkflowInterface
public interface LabResultFollowUpWorkflow extends OutcomeQueries, HumanTaskUpdates {

  /** Workflow type name. */
  String TYPE = "LabResultFollowUp";

  /** Outcome type, as in the {@code OutcomeType} search attribute. */
  String OUTCOME_TYPE = "lab-result-follow-up";

  /** Workflow id of the follow-up of {@code resultId}: one workflow per result. */
  static String workflowId(String resultId) {
    return OUTCOME_TYPE + "/" + resultId;
  }

  @WorkflowMethod(name = TYPE)
  LabResultFollowUpResult run(LabResultFollowUpInput input);

  /** The provider acknowledged the result; later acknowledgements are ignored. */
  @SignalMethod(name = "acknowledge")
  void acknowledge(Acknowledgement acknowledgement);

  /** Evidence that the patient received the result. */
  @SignalMethod(name = "patientConfirmed")
  void patientConfirmed(PatientConfirmation confirmation);
}
