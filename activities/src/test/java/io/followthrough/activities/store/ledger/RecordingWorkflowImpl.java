package io.followthrough.activities.store.ledger;

import io.followthrough.ledger.HumanTaskRef;
import io.followthrough.ledger.LedgerActivities;
import io.followthrough.ledger.LedgerEvent;
import io.followthrough.ledger.LedgerEventType;
import io.followthrough.ledger.LedgerOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInfo;
import java.time.Duration;
import java.time.Instant;

public class RecordingWorkflowImpl implements RecordingWorkflow {

  private final LedgerActivities ledger =
      Workflow.newActivityStub(LedgerActivities.class, LedgerOptions.defaults());
  private long sequence;
  private String outcomeType;

  @Override
  public void run(String outcomeType) {
    this.outcomeType = outcomeType;
    ledger.record(event(LedgerEventType.STAGE_CHANGED).stage("intake").build());
    Workflow.sleep(Duration.ofHours(2));
    ledger.record(event(LedgerEventType.STAGE_CHANGED).stage("verify").build());
    Workflow.sleep(Duration.ofHours(1));
    String taskId = Workflow.getInfo().getWorkflowId() + "/verify";
    ledger.record(
        event(LedgerEventType.HUMAN_TASK_OPENED)
            .owner("coordinator")
            .task(new HumanTaskRef(taskId, "coordinator", 2, null, null))
            .build());
    Workflow.sleep(Duration.ofDays(1));
    ledger.recordAll(
        java.util.List.of(
            event(LedgerEventType.HUMAN_TASK_RESOLVED)
                .task(HumanTaskRef.of(taskId, "coordinator"))
                .build(),
            event(LedgerEventType.COMPLETED).build()));
  }

  private LedgerEvent.Builder event(LedgerEventType type) {
    WorkflowInfo info = Workflow.getInfo();
    return LedgerEvent.newBuilder()
        .outcome(info.getWorkflowId(), info.getRunId(), outcomeType)
        .type(type)
        .sequence(++sequence)
        .workflowTime(Instant.ofEpochMilli(Workflow.currentTimeMillis()));
  }
}
