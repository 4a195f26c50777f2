package io.followthrough.workers.metrics;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Test workflow that reports a whole outcome to the ledger: stages, escalation, task, close. */
@WorkflowInterface
public interface MetricsProbe {

  /**
   * @param reasonCode the escalation reason; the test passes an identifier-shaped one
   */
  @WorkflowMethod
  void run(String reasonCode);
}
