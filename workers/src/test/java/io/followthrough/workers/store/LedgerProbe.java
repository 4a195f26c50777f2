package io.followthrough.workers.store;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Test workflow that records one ledger event through the worker's LedgerActivities. */
@WorkflowInterface
public interface LedgerProbe {

  @WorkflowMethod
  boolean record(String stage);
}
