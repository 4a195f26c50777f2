package io.followthrough.activities.store.ledger;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** A minimal outcome workflow that reports its stages to the ledger, for the worker test. */
@WorkflowInterface
public interface RecordingWorkflow {
  @WorkflowMethod
  void run(String outcomeType);
}
