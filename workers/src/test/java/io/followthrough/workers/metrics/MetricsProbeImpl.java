package io.followthrough.workers.metrics;

import io.followthrough.ledger.HumanTaskRef;
import io.followthrough.ledger.LedgerActivities;
import io.followthrough.ledger.LedgerEvent;
import io.followthrough.ledger.LedgerEventType;
import io.followthrough.ledger.LedgerOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInfo;
import java.time.Instant;
import java.util.function.UnaryOperator;

public final class MetricsProbeImpl implements MetricsProbe {

  static final String OUTCOME_TYPE = "metrics-probe";

  private final LedgerActivities ledger =
      Workflow.newActivityStub(LedgerActivities.class, LedgerOptions.defaults());
  private long sequence;

  @Override
  public void run(String reasonCode) {
    String taskId = Workflow.getInfo().getWorkflowId() + "/call";
    record(LedgerEventType.STAGE_CHANGED, b -> b.stage("intake"));
    record(LedgerEventType.STAGE_CHANGED, b -> b.stage("verify"));
    record(LedgerEventType.ESCALATED, b -> b.rung(1).reasonCode(reasonCode));
    record(
        LedgerEventType.HUMAN_TASK_OPENED,
        b -> b.task(new HumanTaskRef(taskId, "coordinator", 2, null, "doc:" + reasonCode)));
    record(
        LedgerEventType.HUMAN_TASK_RESOLVED,
        b -> b.task(HumanTaskRef.of(taskId, "coordinator")).reasonCode("reached"));
    record(LedgerEventType.STAGE_CHANGED, b -> b.stage("schedule"));
    record(LedgerEventType.COMPLETED, b -> b);
  }

  private void record(LedgerEventType type, UnaryOperator<LedgerEvent.Builder> details) {
    WorkflowInfo info = Workflow.getInfo();
    ledger.record(
        details
            .apply(
                LedgerEvent.newBuilder()
                    .outcome(info.getWorkflowId(), info.getRunId(), OUTCOME_TYPE)
                    .type(type)
                    .sequence(++sequence)
                    .workflowTime(Instant.ofEpochMilli(Workflow.currentTimeMillis())))
            .build());
  }
}
