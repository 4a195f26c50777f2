package io.followthrough.faxrouting;

import io.followthrough.sdk.HumanTaskUpdates;
import io.followthrough.sdk.OutcomeQueries;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * A faxed document that is not a referral or a refill request ends filed in the right patient chart
 * and work queue (results to the ordering provider, records to HIM, eligibility to billing, patient
 * forms to the front desk, the rest to a coordinator), a result acknowledged by its provider, and
 * the sender told when policy says so; or with a named person owning it.
 *
 * <p>Stages: {@code confirm-type} (only when the type is not confident) → {@code match-patient} →
 * {@code choose-queue} → {@code file} → {@code await-acknowledgement} (results: reminders to the
 * provider, then a supervisor) → {@code notify-sender} → {@code completed}. Started by fax intake
 * as {@code fax-routing/<documentId>}. Signal {@code acknowledged(by)}; queries {@code state},
 * {@code timeline}, {@code routing}; Update {@code completeTask}.
 */
@WorkflowInterface
public interface FaxRoutingWorkflow extends OutcomeQueries, HumanTaskUpdates {

  /** Workflow type name. */
  String TYPE = "FaxRouting";

  /** Outcome type, as in the {@code OutcomeType} search attribute. */
  String OUTCOME_TYPE = "fax-routing";

  /** Workflow id of the routing of {@code documentId}. */
  static String workflowId(String documentId) {
    return OUTCOME_TYPE + "/" + documentId;
  }

  @WorkflowMethod(name = TYPE)
  FaxRoutingResult run(FaxRoutingInput input);

  /**
   * The provider (or a staff member covering) acknowledged the filed result; {@code by} is their
   * ref. Sent by the practice system's chart (the sandbox's acknowledge endpoint); the workflow
   * also asks the chart before every reminder, so a lost signal only delays completion.
   */
  @SignalMethod(name = "acknowledged")
  void acknowledged(String by);

  /** Where the routing stands. */
  @QueryMethod(name = "routing")
  FaxRoutingView routing();
}
