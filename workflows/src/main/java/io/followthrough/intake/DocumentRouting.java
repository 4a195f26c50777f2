package io.followthrough.intake;

import io.followthrough.documents.DocumentFacts;
import io.followthrough.faxrouting.FaxRoutingInput;
import io.followthrough.faxrouting.FaxRoutingWorkflow;
import io.followthrough.refill.RefillInput;
import io.followthrough.refill.RefillWorkflow;
import io.followthrough.sdk.Outcome;
import io.followthrough.sdk.TimelineKind;
import io.temporal.api.enums.v1.ParentClosePolicy;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.failure.ChildWorkflowFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;

/**
 * Hands a document that is not a referral to the outcome of its type, as a child that outlives the
 * intake ({@code ABANDON}): a refill request starts {@code refill/<documentId>} ({@link
 * RefillWorkflow}), every other type starts {@code fax-routing/<documentId>} ({@link
 * FaxRoutingWorkflow}). Both are keyed by the document, so an intake that runs twice (it cannot:
 * the intake is keyed the same way) would find the outcome already started and only note it.
 * Workflow code only.
 */
final class DocumentRouting {
  private DocumentRouting() {}

  /** Returns the workflow id the document went to. */
  static String route(
      Outcome outcome,
      FaxIntakeInput input,
      DocumentFacts facts,
      String type,
      boolean typeConfirmed) {
    if ("refill_request".equals(type)) {
      String workflowId = RefillWorkflow.workflowId(input.documentId());
      RefillWorkflow child =
          Workflow.newChildWorkflowStub(RefillWorkflow.class, options(workflowId));
      Promise<?> started =
          start(
              () ->
                  Async.function(
                      child::run,
                      new RefillInput("fax-intake", input.documentId(), facts, null, null, null)),
              child);
      note(outcome, started, "refill");
      return workflowId;
    }
    String workflowId = FaxRoutingWorkflow.workflowId(input.documentId());
    FaxRoutingWorkflow child =
        Workflow.newChildWorkflowStub(FaxRoutingWorkflow.class, options(workflowId));
    Promise<?> started =
        start(
            () ->
                Async.function(
                    child::run,
                    new FaxRoutingInput(
                        input.documentId(), input.source(), type, typeConfirmed, facts, null)),
            child);
    note(outcome, started, "fax-routing");
    return workflowId;
  }

  private static ChildWorkflowOptions options(String workflowId) {
    return ChildWorkflowOptions.newBuilder()
        .setWorkflowId(workflowId)
        .setParentClosePolicy(ParentClosePolicy.PARENT_CLOSE_POLICY_ABANDON)
        .build();
  }

  private static Promise<?> start(Runnable run, Object child) {
    run.run();
    return Workflow.getWorkflowExecution(child);
  }

  private static void note(Outcome outcome, Promise<?> started, String what) {
    try {
      started.get();
      outcome.record(TimelineKind.NOTE, what + "-started");
    } catch (ChildWorkflowFailure e) {
      if (!(e.getCause() instanceof WorkflowExecutionAlreadyStarted)) {
        throw e;
      }
      outcome.record(TimelineKind.NOTE, what + "-already-started");
    }
  }
}
