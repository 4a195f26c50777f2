package io.followthrough.sdk;

import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.sdk.probe.ProbeActivities;
import io.followthrough.sdk.probe.ScriptedProbeActivities;
import io.followthrough.sdk.probe.StageProbeWorkflow;
import io.followthrough.sdk.probe.StageProbeWorkflowImpl;
import io.followthrough.testkit.ActivityRecorder;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.followthrough.testkit.RecordedCall;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StageWorkflowTest {
  static final Instant START = Instant.parse("2026-03-04T17:00:00Z");
  OutcomeTestEnvironment env;

  ActivityRecorder<ProbeActivities> start(int failures) {
    return start(new ScriptedProbeActivities(failures, 1));
  }

  ActivityRecorder<ProbeActivities> start(ScriptedProbeActivities scripted) {
    ActivityRecorder<ProbeActivities> recorder =
        ActivityRecorder.of(ProbeActivities.class, scripted);
    env =
        OutcomeTestEnvironment.builder()
            .workflowTypes(StageProbeWorkflowImpl.class)
            .activities(recorder.proxy())
            .initialTime(START)
            .build();
    return recorder;
  }

  @AfterEach
  void close() {
    env.close();
  }

  @Test
  void stageRetriesWholeAttemptsWithDurableBackoffWithinItsBudget() {
    ActivityRecorder<ProbeActivities> recorder = start(2);
    StageProbeWorkflow wf = env.newWorkflow(StageProbeWorkflow.class, "probe/stage-1");
    assertEquals("probe/stage-1:work:3", wf.run(3));

    List<RecordedCall> calls = recorder.calls("act");
    assertEquals(
        List.of("probe/stage-1:work:1", "probe/stage-1:work:2", "probe/stage-1:work:3"),
        calls.stream().map(c -> (String) c.arg(0)).toList());
    assertTrue(
        calls.get(1).atMillis() - calls.get(0).atMillis() >= Duration.ofMinutes(5).toMillis());
    assertThat(wf.timeline())
        .attempts("work", 3)
        .hasEntry(TimelineKind.ATTEMPT_FAILED, "Flaky")
        .neverEscalated()
        .completed();
  }

  @Test
  void badInputIsNotRetriedAsAWholeStageButHandedToAPersonAtOnce() {
    ActivityRecorder<ProbeActivities> recorder =
        start(new ScriptedProbeActivities(99, 1, ActivityPolicies.INVALID_INPUT));
    String id = "probe/stage-3";
    StageProbeWorkflow wf = env.newWorkflow(StageProbeWorkflow.class, id);
    WorkflowClient.start(wf::run, 5);
    env.sleep(Duration.ofMinutes(30));

    assertEquals(1, recorder.calls("act").size());
    OutcomeState state = wf.state();
    assertTrue(state.needsHuman());
    assertEquals("coordinator", state.owner());
    assertThat(wf.timeline())
        .attempts("work", 1)
        .hasEntry(TimelineKind.ATTEMPT_FAILED, ActivityPolicies.INVALID_INPUT);
  }

  @Test
  void spentBudgetHandsTheOutcomeToAPersonWhoseSilenceEscalates() {
    start(99);
    String id = "probe/stage-2";
    StageProbeWorkflow wf = env.newWorkflow(StageProbeWorkflow.class, id);
    WorkflowClient.start(wf::run, 2);
    env.sleep(Duration.ofMinutes(10));

    OutcomeState state = wf.state();
    assertEquals("work", state.stage());
    long due = state.dueAtMillis();
    long expected = START.plus(Duration.ofHours(1)).toEpochMilli();
    assertTrue(due >= expected && due < expected + 60_000, "due at " + due);
    OffsetDateTime dueAt = env.searchAttributes(id).get(OutcomeSearchAttributes.DUE_AT);
    assertEquals(due, dueAt.toInstant().toEpochMilli());
    HumanTask task = state.tasks().get(0);
    assertEquals("work-1", task.id());
    assertEquals("coordinator", state.owner());
    assertTrue(state.needsHuman());

    assertRejected(wf, null, "a task completion is required");
    assertRejected(wf, new TaskCompletion("work-1", "coordinator", "", "x"), "are all required");
    assertRejected(wf, new TaskCompletion("work-9", "coordinator", "c-1", "x"), "unknown task id");
    assertRejected(
        wf, new TaskCompletion("work-1", "supervisor", "s-1", "x"), "is for role coordinator");

    env.sleep(Duration.ofHours(2));
    OutcomeState escalated = wf.state();
    assertEquals("supervisor", escalated.owner());
    assertEquals(1, escalated.escalationLevel());
    assertRejected(
        wf, new TaskCompletion("work-1", "coordinator", "c-1", "x"), "no longer open (escalated)");

    TaskReceipt receipt =
        wf.completeTask(new TaskCompletion("work-2", "supervisor", "s-4", "fixed"));
    assertEquals("work-2", receipt.taskId());
    assertEquals("human:s-4:fixed", WorkflowStub.fromTyped(wf).getResult(String.class));
    assertThat(wf.timeline())
        .attempts("work", 2)
        .escalatedThrough("task:supervisor")
        .hasEntry(TimelineKind.TASK_COMPLETED, "work-2")
        .completed();
    assertEquals(false, env.searchAttributes(id).get(OutcomeSearchAttributes.NEEDS_HUMAN));
  }

  private static void assertRejected(StageProbeWorkflow wf, TaskCompletion c, String reason) {
    WorkflowUpdateException e =
        assertThrows(WorkflowUpdateException.class, () -> wf.completeTask(c));
    String message = String.valueOf(e.getCause().getMessage());
    assertTrue(message.contains(reason), message);
  }
}
