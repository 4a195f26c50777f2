package io.followthrough.priorauth;

import io.followthrough.sdk.HumanTaskUpdates;
import io.followthrough.sdk.OutcomeQueries;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Prior authorization of one order or visit: assemble the packet, submit it to the payer, poll with
 * backoff until the payer decides (answering requests for information on the way), appeal a denial
 * with a clinician-signed letter, and tell the scheduler how it ended.
 *
 * <p>Signals: {@code payerUpdate} (the payer's notification that a submission changed: the workflow
 * polls at once instead of at its next backoff), {@code attach} (a document for the packet, e.g.
 * one the payer asked for). Queries {@code state}, {@code timeline}, {@code priorAuth}; Update
 * {@code completeTask}.
 */
@WorkflowInterface
public interface PriorAuthWorkflow extends OutcomeQueries, HumanTaskUpdates {

  /** Workflow type name. */
  String TYPE = "PriorAuthorization";

  /** Outcome type, as in the {@code OutcomeType} search attribute. */
  String OUTCOME_TYPE = "prior-auth";

  /** Workflow id of the order or visit {@code orderKey} (e.g. an appointment id). */
  static String workflowId(String orderKey) {
    return OUTCOME_TYPE + "/" + orderKey;
  }

  @WorkflowMethod(name = TYPE)
  PriorAuthResult run(PriorAuthInput input);

  /** The payer says submission {@code trackingId} changed: poll now. */
  @SignalMethod(name = "payerUpdate")
  void payerUpdate(String trackingId);

  /** A further document for the packet (e.g. the item a payer asked for). */
  @SignalMethod(name = "attach")
  void attach(PacketDocument document);

  /** Where the authorization stands: refs and codes, no PHI. */
  @QueryMethod(name = "priorAuth")
  PriorAuthView priorAuth();
}
