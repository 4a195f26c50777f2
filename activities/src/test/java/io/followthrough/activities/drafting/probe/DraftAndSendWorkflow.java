package io.followthrough.activities.drafting.probe;

import io.followthrough.drafting.DraftRequest;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Drafts a message and sends the drafted body, as an outcome workflow does. */
@WorkflowInterface
public interface DraftAndSendWorkflow {
  /** The sent message's id, or {@code failed:<type>:<attempts>} when drafting failed. */
  @WorkflowMethod
  String run(DraftRequest request, String recipientRef);
}
