package io.followthrough.triage;

import io.followthrough.sdk.HumanTaskUpdates;
import io.followthrough.sdk.OutcomeQueries;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * After-hours message triage (answering-service replacement): a patient's new message or voicemail
 * transcript is classified; emergency wording sends the patient emergency instructions at once and
 * pages the on-call, urgent messages page the on-call after hours, routine ones become a
 * next-business-day coordinator task, refill requests go to the refill outcome. It completes when
 * the patient is confirmed answered, or a named person owns it.
 *
 * <p>Signal {@code pager} ({@link PagerResponse}); queries {@code state}, {@code timeline}, {@code
 * triage}; Update {@code completeTask}.
 */
@WorkflowInterface
public interface MessageTriageWorkflow extends OutcomeQueries, HumanTaskUpdates {

  /** Workflow type name. */
  String TYPE = "MessageTriage";

  /** Outcome type, as in the {@code OutcomeType} search attribute. */
  String OUTCOME_TYPE = "message-triage";

  /** Workflow id of the triage of the message with {@code key} ({@link MessageTriageKeys}). */
  static String workflowId(String key) {
    return OUTCOME_TYPE + "/" + key;
  }

  @WorkflowMethod(name = TYPE)
  MessageTriageResult run(MessageTriageInput input);

  /** A clinician acknowledged a page, or confirms the patient was called back. */
  @SignalMethod(name = "pager")
  void pager(PagerResponse response);

  /** Where the triage stands: codes and refs, no message text. */
  @QueryMethod(name = "triage")
  MessageTriageView triage();
}
