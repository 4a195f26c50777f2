package io.followthrough.readiness;

import io.followthrough.channels.InboundMessage;
import io.followthrough.practice.AppointmentEvent;
import io.followthrough.sdk.HumanTaskUpdates;
import io.followthrough.sdk.OutcomeQueries;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Intake readiness: before a booked visit the intake forms, the insurance card with verified
 * eligibility, the referral or prior authorization the visit needs and a photo ID are on file; or
 * the policy decides at the deadline (proceed or reschedule); or a named person decides.
 *
 * <p>Started once per appointment when it is booked ({@code intake-readiness/<appointmentId>}).
 * Signals: {@code inbound} (patient replies and delivery receipts), {@code appointment} (cancelled,
 * arrived, no-show: the outcome ends), {@code itemsChanged} (the practice system or the patient's
 * form says an item changed: re-check now). Queries {@code state}, {@code timeline}, {@code
 * readiness}; Update {@code completeTask}.
 */
@WorkflowInterface
public interface ReadinessWorkflow extends OutcomeQueries, HumanTaskUpdates {

  /** Workflow type name. */
  String TYPE = "IntakeReadiness";

  /** Outcome type, as in the {@code OutcomeType} search attribute. */
  String OUTCOME_TYPE = "intake-readiness";

  /** Workflow id of the readiness outcome of {@code appointmentId}. */
  static String workflowId(String appointmentId) {
    return OUTCOME_TYPE + "/" + appointmentId;
  }

  @WorkflowMethod(name = TYPE)
  ReadinessResult run(ReadinessInput input);

  /** A reply or delivery receipt from the patient. */
  @SignalMethod(name = "inbound")
  void inbound(InboundMessage message);

  /** The appointment was cancelled, the patient arrived, or did not come. */
  @SignalMethod(name = "appointment")
  void appointment(AppointmentEvent event);

  /** An item changed in the practice system (e.g. the patient submitted a form): re-check. */
  @SignalMethod(name = "itemsChanged")
  void itemsChanged(String itemCode);

  /** Where readiness stands: refs, codes and counts, no PHI. */
  @QueryMethod(name = "readiness")
  ReadinessView readiness();
}
