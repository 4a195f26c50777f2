package io.followthrough.intake;

import static io.followthrough.ledger.LedgerEventType.ATTEMPT;
import static io.followthrough.ledger.LedgerEventType.COMPLETED;
import static io.followthrough.ledger.LedgerEventType.ESCALATED;
import static io.followthrough.ledger.LedgerEventType.HUMAN_TASK_OPENED;
import static io.followthrough.ledger.LedgerEventType.HUMAN_TASK_RESOLVED;
import static io.followthrough.ledger.LedgerEventType.STAGE_CHANGED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.documents.DocumentIntakeActivities;
import io.followthrough.ledger.HumanTaskRef;
import io.followthrough.ledger.LedgerEvent;
import io.followthrough.ledger.LedgerEventType;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.testkit.ActivityRecorder;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.followthrough.testkit.OutcomeTestExtension;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ledger events an intake reports through the SDK, as the test kit's fake ledger saw them. */
class FaxIntakeLedgerTest {

  final ActivityRecorder<DocumentIntakeActivities> documents =
      ActivityRecorder.of(DocumentIntakeActivities.class, new FakeDocumentIntake());

  @RegisterExtension
  final OutcomeTestExtension kit =
      OutcomeTestExtension.configure(
          env -> env.workflowTypes(FaxIntakeWorkflowImpl.class).activities(documents.proxy()));

  // Record the replay fixtures of the ledger version with -Dfollowthrough.recordHistories=true.
  private static void record(OutcomeTestEnvironment env, String workflowId, String name) {
    if (Boolean.getBoolean("followthrough.recordHistories")) {
      try {
        env.exportHistory(workflowId, Path.of("src/test/resources/histories/" + name));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  private static FaxIntakeWorkflow start(OutcomeTestEnvironment env, String documentId) {
    FaxIntakeWorkflow wf =
        env.newWorkflow(FaxIntakeWorkflow.class, FaxIntakeWorkflow.workflowId(documentId));
    WorkflowClient.start(wf::run, new FaxIntakeInput(documentId, "upload", 0L, 1));
    return wf;
  }

  @Test
  void routedIntakeReportsStagesAttemptAndCompletion(OutcomeTestEnvironment env) {
    String id = FaxIntakeWorkflow.workflowId(FakeDocumentIntake.CLEAN);
    FaxIntakeWorkflow wf = start(env, FakeDocumentIntake.CLEAN);
    WorkflowStub.fromTyped(wf).getResult(IntakeSummary.class);

    List<LedgerEvent> events = env.ledgerEvents(id);
    assertEquals(List.of(STAGE_CHANGED, ATTEMPT, STAGE_CHANGED, COMPLETED), types(events));
    assertEquals("understand", events.get(0).stage());
    assertNull(events.get(1).reasonCode(), "an attempt that started carries no reason");
    assertEquals("route", events.get(2).stage());
    assertEquals("routed:referral", events.get(3).reasonCode());
    assertEquals("route", events.get(3).stage(), "completed from the route stage");
    assertWellFormed(env, id, events);
    assertEquals(4, env.ledger().executions(), "one execution per event, nothing repeated");
    record(env, id, "fax-intake-routed-ledger.json");
  }

  @Test
  void coordinatorTaskIsOpenedAndResolvedWithItsOwner(OutcomeTestEnvironment env) {
    String id = FaxIntakeWorkflow.workflowId(FakeDocumentIntake.UNSURE);
    FaxIntakeWorkflow wf = start(env, FakeDocumentIntake.UNSURE);
    env.sleep(Duration.ofMinutes(1));
    HumanTask task = wf.state().tasks().get(0);
    wf.completeTask(new TaskCompletion(task.id(), "coordinator", "c-1", "referral"));
    WorkflowStub.fromTyped(wf).getResult(IntakeSummary.class);

    List<LedgerEvent> events = env.ledgerEvents(id);
    assertEquals(
        List.of(
            STAGE_CHANGED,
            ATTEMPT,
            STAGE_CHANGED,
            HUMAN_TASK_OPENED,
            HUMAN_TASK_RESOLVED,
            STAGE_CHANGED,
            COMPLETED),
        types(events));
    assertEquals(
        List.of("understand", "understand", "review", "review", "review", "route", "route"),
        events.stream().map(LedgerEvent::stage).toList());
    assertEquals(
        List.of(
            "automation",
            "automation",
            "automation",
            "coordinator",
            "automation",
            "automation",
            "automation"),
        events.stream().map(LedgerEvent::owner).toList(),
        "the owner follows the task");

    LedgerEvent opened = events.get(3);
    HumanTaskRef ref = opened.task();
    assertEquals(id + "/" + task.id(), ref.taskId(), "unique across outcomes");
    assertEquals("coordinator", ref.role());
    assertEquals(3, ref.priority());
    assertEquals(task.dueAtMillis().longValue(), ref.dueAt().toEpochMilli());
    assertEquals(
        opened.workflowTime().plus(FaxIntakeStages.ESCALATE_REVIEW_AFTER), ref.dueAt(), "8 h");
    assertEquals("document:" + FakeDocumentIntake.UNSURE, ref.contextRef());
    assertEquals("missing-required-fields", opened.reasonCode());

    LedgerEvent resolved = events.get(4);
    assertEquals(ref.taskId(), resolved.task().taskId());
    assertEquals("referral", resolved.reasonCode(), "the person's resolution code");
    assertTrue(resolved.workflowTime().isAfter(opened.workflowTime()));
    assertWellFormed(env, id, events);
    record(env, id, "fax-intake-confirmed-ledger.json");
  }

  @Test
  void unansweredTaskEscalatesToASupervisor(OutcomeTestEnvironment env) {
    String id = FaxIntakeWorkflow.workflowId(FakeDocumentIntake.BAD);
    FaxIntakeWorkflow wf = start(env, FakeDocumentIntake.BAD);
    env.sleep(Duration.ofMinutes(1));
    env.sleep(Duration.ofHours(9));
    HumanTask escalated = wf.state().tasks().get(1);
    wf.completeTask(new TaskCompletion(escalated.id(), "supervisor", "s-1", "discard"));
    WorkflowStub.fromTyped(wf).getResult(IntakeSummary.class);

    List<LedgerEvent> events = env.ledgerEvents(id);
    assertEquals(
        List.of(
            STAGE_CHANGED,
            ATTEMPT,
            ATTEMPT,
            STAGE_CHANGED,
            HUMAN_TASK_OPENED,
            HUMAN_TASK_RESOLVED,
            ESCALATED,
            HUMAN_TASK_OPENED,
            HUMAN_TASK_RESOLVED,
            COMPLETED),
        types(events));
    assertEquals("DocumentRejected:ENCRYPTED", events.get(2).reasonCode(), "the failed attempt");
    assertEquals("unanswered", events.get(5).reasonCode());
    assertEquals(1, events.get(6).rung());
    assertEquals("task:supervisor", events.get(6).reasonCode());
    assertEquals("supervisor", events.get(7).task().role());
    assertEquals("supervisor", events.get(7).owner());
    assertNull(events.get(7).task().dueAt(), "the last role's task never escalates");
    assertEquals("discard", events.get(8).reasonCode());
    assertEquals("discarded", events.get(9).reasonCode());
    assertWellFormed(env, id, events);
    record(env, id, "fax-intake-discarded-ledger.json");
  }

  private static List<LedgerEventType> types(List<LedgerEvent> events) {
    return events.stream().map(LedgerEvent::type).toList();
  }

  /**
   * One run, numbered 1..n with distinct default keys, and the run ended only after the ledger
   * answered every event it scheduled.
   */
  private static void assertWellFormed(
      OutcomeTestEnvironment env, String workflowId, List<LedgerEvent> events) {
    String runId = events.get(0).runId();
    assertEquals(
        LongStream.rangeClosed(1, events.size()).boxed().toList(),
        events.stream().map(LedgerEvent::sequence).toList());
    for (LedgerEvent e : events) {
      assertEquals("fax-intake", e.outcomeType());
      assertEquals(runId, e.runId());
      assertEquals(LedgerEvent.defaultKey(workflowId, runId, e.sequence()), e.idempotencyKey());
    }
    assertEquals(
        events.size(),
        new HashSet<>(events.stream().map(LedgerEvent::idempotencyKey).toList()).size());

    List<HistoryEvent> history = env.history(workflowId).getEvents();
    Set<Long> ledgerActivities =
        history.stream()
            .filter(h -> h.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
            .filter(
                h ->
                    h.getActivityTaskScheduledEventAttributes()
                        .getActivityType()
                        .getName()
                        .equals("LedgerRecord"))
            .map(HistoryEvent::getEventId)
            .collect(Collectors.toSet());
    assertEquals(events.size(), ledgerActivities.size(), "one LedgerRecord activity per event");
    Set<Long> answered =
        history.stream()
            .filter(h -> h.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED)
            .map(h -> h.getActivityTaskCompletedEventAttributes().getScheduledEventId())
            .collect(Collectors.toSet());
    assertTrue(answered.containsAll(ledgerActivities), "the run waited for every ledger event");
    assertEquals(
        EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED,
        history.get(history.size() - 1).getEventType());
  }
}
