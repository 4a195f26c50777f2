package io.followthrough.refill;

import io.followthrough.sdk.HumanTaskUpdates;
import io.followthrough.sdk.OutcomeQueries;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * A medication refill request (pharmacy fax, portal message or SMS) ends with the decision at the
 * pharmacy, confirmed, and the patient told; or with a visit booked when policy requires one; or
 * with a named person owning it.
 *
 * <p>Started by fax intake (a document routed as {@code refill_request}) or by message triage (a
 * patient's message asking for a refill), each with the request's own key, so the same request
 * delivered twice finds the same outcome.
 */
@WorkflowInterface
public interface RefillWorkflow extends OutcomeQueries, HumanTaskUpdates {

  /** Workflow type name. */
  String TYPE = "RefillRequest";

  /** Outcome type, as in the {@code OutcomeType} search attribute. */
  String OUTCOME_TYPE = "refill";

  /**
   * Workflow id of the refill request identified by {@code requestKey}: the document id of a
   * pharmacy fax, or the starting workflow's key for a message.
   */
  static String workflowId(String requestKey) {
    return OUTCOME_TYPE + "/" + requestKey;
  }

  @WorkflowMethod(name = TYPE)
  RefillResult run(RefillInput input);
}
