package io.followthrough.workers.store;

import io.followthrough.ledger.LedgerActivities;
import io.followthrough.ledger.LedgerEvent;
import io.followthrough.ledger.LedgerEventType;
import io.followthrough.ledger.LedgerOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInfo;
import java.time.Instant;

public final class LedgerProbeImpl implements LedgerProbe {

  private final LedgerActivities ledger =
      Workflow.newActivityStub(LedgerActivities.class, LedgerOptions.defaults());

  @Override
  public boolean record(String stage) {
    WorkflowInfo info = Workflow.getInfo();
    return ledger.record(
        LedgerEvent.newBuilder()
            .outcome(info.getWorkflowId(), info.getRunId(), "store-probe")
            .type(LedgerEventType.STAGE_CHANGED)
            .stage(stage)
            .sequence(1)
            .workflowTime(Instant.ofEpochMilli(Workflow.currentTimeMillis()))
            .build());
  }
}
