package io.followthrough.recovery;

import io.followthrough.channels.InboundMessage;
import io.followthrough.practice.AppointmentEvent;
import io.followthrough.sdk.HumanTaskUpdates;
import io.followthrough.sdk.OutcomeQueries;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Cancellation recovery: a cancelled appointment's slot is refilled from the waitlist (offers in
 * waves, the first acceptance books, the others are told the slot is taken) while the cancelling
 * patient is offered a new time on a ladder until rebooked, declined or handed to staff. Completes
 * when both are resolved.
 *
 * <p>Signals: {@code inbound} (replies and delivery receipts, routed by the channel webhook through
 * the offer's idempotency key), {@code appointment} (practice-system events). Queries {@code
 * state}, {@code timeline}, {@code recovery}; Update {@code completeTask}.
 */
@WorkflowInterface
public interface CancellationRecoveryWorkflow extends OutcomeQueries, HumanTaskUpdates {

  /** Workflow type name. */
  String TYPE = "CancellationRecovery";

  /** Outcome type, as in the {@code OutcomeType} search attribute. */
  String OUTCOME_TYPE = "cancellation-recovery";

  /** Workflow id of the recovery of a cancelled appointment: one per appointment. */
  static String workflowId(String appointmentId) {
    return OUTCOME_TYPE + "/" + appointmentId;
  }

  @WorkflowMethod(name = TYPE)
  CancellationRecoveryResult run(CancellationRecoveryInput input);

  /** A reply or delivery receipt from a waitlisted patient or the cancelling patient. */
  @SignalMethod(name = "inbound")
  void inbound(InboundMessage message);

  /** An appointment changed in the practice system. */
  @SignalMethod(name = "appointment")
  void appointment(AppointmentEvent event);

  /** Where the recovery stands: refs, codes and counts, no PHI. */
  @QueryMethod(name = "recovery")
  RecoveryView recovery();
}
