package io.followthrough.referral;

import io.followthrough.channels.InboundMessage;
import io.followthrough.practice.AppointmentEvent;
import io.followthrough.sdk.HumanTaskUpdates;
import io.followthrough.sdk.OutcomeQueries;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * The flagship outcome: a faxed referral ends in a kept appointment and the referring provider is
 * told, or it ends with a named person owning it. Never silently dropped.
 *
 * <p>Signals: {@code inbound} (patient or office replies and delivery receipts, routed by the
 * channel adapter's webhook), {@code appointment} (practice-system appointment events), {@code
 * supplement} (a further document from the referring office, e.g. the information asked for).
 * Queries {@code state}, {@code timeline}, {@code referral}; Update {@code completeTask}.
 */
@WorkflowInterface
public interface ReferralWorkflow extends OutcomeQueries, HumanTaskUpdates {

  /** Workflow type name. */
  String TYPE = "Referral";

  /** Outcome type, as in the {@code OutcomeType} search attribute. */
  String OUTCOME_TYPE = "referral";

  /**
   * Workflow id of the referral identified by {@code referralKey} (derived from the referring
   * provider, patient and specialty): a second fax of the same referral finds the same workflow.
   */
  static String workflowId(String referralKey) {
    return OUTCOME_TYPE + "/" + referralKey;
  }

  @WorkflowMethod(name = TYPE)
  ReferralResult run(ReferralInput input);

  /** A reply or delivery receipt from the patient or the referring office. */
  @SignalMethod(name = "inbound")
  void inbound(InboundMessage message);

  /** An appointment was booked, cancelled, arrived, checked out or missed. */
  @SignalMethod(name = "appointment")
  void appointment(AppointmentEvent event);

  /** A further document for this referral (a resent fax, or the information asked for). */
  @SignalMethod(name = "supplement")
  void supplement(String documentId);

  /** Where the referral stands: refs, codes and counts, no PHI. */
  @QueryMethod(name = "referral")
  ReferralView referral();
}
