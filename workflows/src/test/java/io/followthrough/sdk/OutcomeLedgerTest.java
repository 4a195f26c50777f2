package io.followthrough.sdk;

import static io.followthrough.ledger.LedgerEventType.ATTEMPT;
import static io.followthrough.ledger.LedgerEventType.COMPLETED;
import static io.followthrough.ledger.LedgerEventType.ESCALATED;
import static io.followthrough.ledger.LedgerEventType.FAILED;
import static io.followthrough.ledger.LedgerEventType.HUMAN_TASK_OPENED;
import static io.followthrough.ledger.LedgerEventType.HUMAN_TASK_RESOLVED;
import static io.followthrough.ledger.LedgerEventType.STAGE_CHANGED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.ledger.LedgerActivities;
import io.followthrough.ledger.LedgerEvent;
import io.followthrough.sdk.probe.FailProbeWorkflow;
import io.followthrough.sdk.probe.FailProbeWorkflowImpl;
import io.followthrough.sdk.probe.LoopInput;
import io.followthrough.sdk.probe.LoopProbeWorkflow;
import io.followthrough.sdk.probe.LoopProbeWorkflowImpl;
import io.followthrough.sdk.probe.ScriptedProbeActivities;
import io.followthrough.sdk.probe.StageProbeWorkflow;
import io.followthrough.sdk.probe.StageProbeWorkflowImpl;
import io.followthrough.testkit.ActivityRecorder;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.followthrough.testkit.RecordingLedger;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the Outcome reports to the ledger on its own, read from the test kit's fake ledger. */
class OutcomeLedgerTest {

  private static OutcomeTestEnvironment env(Class<?> workflow, Object... activities) {
    return OutcomeTestEnvironment.builder().workflowTypes(workflow).activities(activities).build();
  }

  @Test
  void spentBudgetIsReportedAsAttemptsAndAHandOverNotAsAFailure() {
    try (OutcomeTestEnvironment env =
        env(StageProbeWorkflowImpl.class, new ScriptedProbeActivities(99, 1))) {
      String id = "probe/ledger-stage";
      StageProbeWorkflow wf = env.newWorkflow(StageProbeWorkflow.class, id);
      WorkflowClient.start(wf::run, 2);
      env.sleep(Duration.ofMinutes(10));
      wf.completeTask(new TaskCompletion("work-1", "coordinator", "c-1", "fixed"));
      assertEquals("human:c-1:fixed", WorkflowStub.fromTyped(wf).getResult(String.class));

      List<LedgerEvent> events = env.ledgerEvents(id);
      assertEquals(
          List.of(
              STAGE_CHANGED,
              ATTEMPT,
              ATTEMPT,
              ATTEMPT,
              ATTEMPT,
              HUMAN_TASK_OPENED,
              HUMAN_TASK_RESOLVED,
              COMPLETED),
          events.stream().map(LedgerEvent::type).toList());
      assertEquals(
          java.util.Arrays.asList(null, null, "Flaky", null, "Flaky", "work-failed", "fixed"),
          events.subList(0, 7).stream().map(LedgerEvent::reasonCode).toList());
      assertEquals("probe", events.get(0).outcomeType());
      assertEquals("handled-by-person", events.get(7).reasonCode());
    }
  }

  @Test
  void failReportsTheFailureAndTheRunEndsAfterTheLedgerAnswered() {
    try (OutcomeTestEnvironment env =
        env(FailProbeWorkflowImpl.class, new ScriptedProbeActivities(99, 1))) {
      String id = "probe/ledger-fail";
      FailProbeWorkflow wf = env.newWorkflow(FailProbeWorkflow.class, id);
      assertThrows(WorkflowFailedException.class, () -> wf.run(1));

      List<LedgerEvent> events = env.ledgerEvents(id);
      assertEquals(
          List.of(STAGE_CHANGED, ATTEMPT, ATTEMPT, FAILED),
          events.stream().map(LedgerEvent::type).toList());
      LedgerEvent failed = events.get(3);
      assertEquals("work-exhausted", failed.reasonCode());
      assertEquals("work", failed.stage(), "the stage it failed in");
      assertEquals("failed", wf.state().stage());
      assertFalse(wf.state().completed());
      assertTrue(wf.timeline().stream().anyMatch(e -> e.kind() == TimelineKind.FAILED));
    }
  }

  @Test
  void continuedRunsKeepNumberingSoEventsStayInOrder() {
    try (OutcomeTestEnvironment env = env(LoopProbeWorkflowImpl.class)) {
      String id = "probe/ledger-loop";
      LoopProbeWorkflow wf = env.newWorkflow(LoopProbeWorkflow.class, id);
      WorkflowClient.start(wf::run, new LoopInput(24, null));
      for (int i = 1; i <= 24; i++) {
        wf.ping();
        if (i < 24) {
          env.sleep(Duration.ofMinutes(1));
        }
      }
      assertEquals(24, WorkflowStub.fromTyped(wf).getResult(Integer.class));

      List<LedgerEvent> events = env.ledgerEvents(id);
      assertEquals(List.of(STAGE_CHANGED, COMPLETED), events.stream().map(e -> e.type()).toList());
      assertEquals(List.of(1L, 2L), events.stream().map(LedgerEvent::sequence).toList());
      assertNotEquals(events.get(0).runId(), events.get(1).runId(), "reported by different runs");
      assertEquals(
          LedgerEvent.defaultKey(id, events.get(1).runId(), 2), events.get(1).idempotencyKey());
      assertEquals(
          List.of("clinic-north", "clinic-north"),
          events.stream().map(LedgerEvent::site).toList(),
          "the site is carried across continue-as-new");
    }
  }

  @Test
  void eventsCarryNoSiteUnlessTheWorkflowSaysOne() {
    try (OutcomeTestEnvironment env =
        env(StageProbeWorkflowImpl.class, new ScriptedProbeActivities(0, 1))) {
      String id = "probe/ledger-no-site";
      StageProbeWorkflow wf = env.newWorkflow(StageProbeWorkflow.class, id);
      WorkflowClient.start(wf::run, 2);
      WorkflowStub.fromTyped(wf).getResult(String.class);
      List<LedgerEvent> events = env.ledgerEvents(id);
      assertFalse(events.isEmpty());
      assertTrue(events.stream().allMatch(e -> e.site() == null));
    }
  }

  @Test
  void ladderEscalationsCarryTheirRungAndCode() {
    try (OutcomeTestEnvironment env =
        env(StageProbeWorkflowImpl.class, new ScriptedProbeActivities(99, 1))) {
      String id = "probe/ledger-escalate";
      StageProbeWorkflow wf = env.newWorkflow(StageProbeWorkflow.class, id);
      WorkflowClient.start(wf::run, 1);
      env.sleep(Duration.ofHours(3));
      wf.completeTask(new TaskCompletion("work-2", "supervisor", "s-1", "fixed"));
      WorkflowStub.fromTyped(wf).getResult(String.class);

      LedgerEvent escalated =
          env.ledgerEvents(id).stream().filter(e -> e.type() == ESCALATED).findFirst().get();
      assertEquals(1, escalated.rung());
      assertEquals("task:supervisor", escalated.reasonCode());
      assertEquals("coordinator", escalated.owner(), "still the coordinator's until reassigned");
      LedgerEvent reopened = env.ledgerEvents(id).get(env.ledgerEvents(id).indexOf(escalated) + 1);
      assertEquals(HUMAN_TASK_OPENED, reopened.type());
      assertEquals(id + "/work-2", reopened.task().taskId());
      assertEquals(1, reopened.rung(), "opened at the new level");
      assertNull(reopened.task().contextRef());
    }
  }

  @Test
  void aTestsOwnLedgerReplacesTheRecordingOne() {
    RecordingLedger own = new RecordingLedger();
    ActivityRecorder<LedgerActivities> recorder = ActivityRecorder.of(LedgerActivities.class, own);
    try (OutcomeTestEnvironment env =
        env(FailProbeWorkflowImpl.class, new ScriptedProbeActivities(0, 1), recorder.proxy())) {
      FailProbeWorkflow wf = env.newWorkflow(FailProbeWorkflow.class, "probe/ledger-own");
      assertEquals("probe/ledger-own:work:1", wf.run(1));
      assertThrows(IllegalStateException.class, env::ledgerEvents);
      assertEquals(List.of("record", "record", "record"), recorder.methods());
      assertEquals(List.of(STAGE_CHANGED, ATTEMPT, COMPLETED), own.types("probe/ledger-own"));
    }
  }
}
