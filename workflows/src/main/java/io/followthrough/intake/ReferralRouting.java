package io.followthrough.intake;

import io.followthrough.documents.DocumentFacts;
import io.followthrough.referral.ReferralInput;
import io.followthrough.referral.ReferralKeys;
import io.followthrough.referral.ReferralWorkflow;
import io.followthrough.sdk.Outcome;
import io.followthrough.sdk.TimelineKind;
import io.temporal.api.enums.v1.ParentClosePolicy;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.failure.ChildWorkflowFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.SignalExternalWorkflowException;
import io.temporal.workflow.Workflow;

/**
 * Hands a document routed as a referral to the referral outcome: starts {@code
 * referral/<referralKey>} as a child that outlives the intake ({@code ABANDON}), or, when that
 * referral already runs (the same referral faxed again), signals it {@code supplement(documentId)}
 * so the patient is not contacted a second time. Workflow code only.
 */
final class ReferralRouting {
  private ReferralRouting() {}

  /** Returns the referral workflow id the document went to. */
  static String route(Outcome outcome, FaxIntakeInput input, DocumentFacts facts) {
    String key = facts == null ? input.documentId() : ReferralKeys.referralKey(facts);
    String workflowId = ReferralWorkflow.workflowId(key);
    ReferralWorkflow child =
        Workflow.newChildWorkflowStub(
            ReferralWorkflow.class,
            ChildWorkflowOptions.newBuilder()
                .setWorkflowId(workflowId)
                .setParentClosePolicy(ParentClosePolicy.PARENT_CLOSE_POLICY_ABANDON)
                .build());
    Async.function(child::run, new ReferralInput(input.documentId(), input.source(), facts, null));
    try {
      Workflow.getWorkflowExecution(child).get();
      outcome.record(TimelineKind.NOTE, "referral-started");
    } catch (ChildWorkflowFailure e) {
      if (!(e.getCause() instanceof WorkflowExecutionAlreadyStarted)) {
        throw e;
      }
      try {
        Workflow.newExternalWorkflowStub(ReferralWorkflow.class, workflowId)
            .supplement(input.documentId());
        outcome.record(TimelineKind.NOTE, "referral-supplemented");
      } catch (SignalExternalWorkflowException closedMeanwhile) {
        // The running referral ended between the start attempt and the signal.
        outcome.record(TimelineKind.NOTE, "referral-closed-before-supplement");
      }
    }
    return workflowId;
  }
}
