package io.followthrough.activities.store.queue;

import static io.followthrough.activities.store.ledger.OutcomeScript.outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.store.MutableClock;
import io.followthrough.activities.store.OpsStore;
import io.followthrough.activities.store.TestStore;
import io.followthrough.activities.store.access.Actor;
import io.followthrough.activities.store.access.PermissionDeniedException;
import io.followthrough.activities.store.access.Role;
import io.followthrough.activities.store.audit.AuditRecord;
import io.followthrough.ledger.HumanTaskRef;
import io.followthrough.ledger.LedgerEvent;
import io.followthrough.ledger.LedgerEventType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exception inbox over ledger-fed tasks, run on PostgreSQL and H2 by subclasses. */
abstract class WorkQueueContract {

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  static final Actor ANN = new Actor("u-ann", Role.COORDINATOR);
  static final Actor BOB = new Actor("u-bob", Role.COORDINATOR);
  static final Actor SUE = new Actor("u-sue", Role.SUPERVISOR);

  MutableClock clock = new MutableClock(T0.plus(Duration.ofHours(1)));
  TestStore test;
  OpsStore store;
  WorkQueue queue;

  abstract TestStore openStore(MutableClock clock);

  @BeforeEach
  void open() {
    test = openStore(clock);
    store = test.store();
    queue = store.workQueue();
    store
        .ledger()
        .recordAll(
            outcome("r/1", "referral", T0)
                .stage(0, "verify")
                .taskOpened(1, "r/1/call", "coordinator", 3)
                .taskOpened(2, "r/1/urgent", "coordinator", 1)
                .taskOpened(3, "r/1/approve", "supervisor", 2)
                .events());
  }

  @AfterEach
  void close() {
    test.close();
  }

  static List<String> ids(List<QueueTask> tasks) {
    return tasks.stream().map(QueueTask::taskId).toList();
  }

  @Test
  void inboxShowsTheRolesTasksMostUrgentFirst() {
    assertEquals(List.of("r/1/urgent", "r/1/call"), ids(queue.inbox(ANN, 10)));
    assertEquals(List.of("r/1/urgent", "r/1/approve", "r/1/call"), ids(queue.inbox(SUE, 10)));
    assertThrows(
        PermissionDeniedException.class, () -> queue.inbox(new Actor("u-aud", Role.AUDITOR), 10));
  }

  @Test
  void claimIsExclusiveAndAudited() {
    assertTrue(queue.claim(ANN, "r/1/call"));
    assertFalse(queue.claim(BOB, "r/1/call"), "already claimed by someone else");
    assertTrue(queue.claim(ANN, "r/1/call"), "claiming again is idempotent");
    QueueTask task = queue.inbox(ANN, 10).get(1);
    assertEquals("claimed", task.status());
    assertEquals("u-ann", task.claimedBy());
    List<AuditRecord> audit = store.auditLog().read(1, 10);
    assertEquals(2, audit.size());
    assertEquals("claim-task", audit.get(0).entry().action());
    assertEquals("task:r/1/call", audit.get(0).entry().recordRef());
    assertTrue(store.auditLog().verify().intact());
  }

  @Test
  void snoozedTasksReturnWhenTheSnoozeEnds() {
    assertTrue(
        queue.snooze(
            ANN, "r/1/urgent", clock.instant().plus(Duration.ofHours(2)), "awaiting-callback"));
    assertEquals(List.of("r/1/call"), ids(queue.inbox(ANN, 10)));
    clock.advance(Duration.ofHours(3));
    assertEquals(List.of("r/1/urgent", "r/1/call"), ids(queue.inbox(ANN, 10)));
    assertThrows(
        IllegalArgumentException.class,
        () -> queue.snooze(ANN, "r/1/call", clock.instant(), "Called Mrs Smith"));
  }

  @Test
  void claimSurvivesNewEventsAndResolutionClosesTheTask() {
    assertTrue(queue.claim(ANN, "r/1/call"));
    store.ledger().record(event(10, LedgerEventType.STAGE_CHANGED).stage("schedule").build());
    assertEquals("u-ann", queue.inbox(ANN, 10).get(1).claimedBy());
    store
        .ledger()
        .record(
            event(11, LedgerEventType.HUMAN_TASK_RESOLVED)
                .task(HumanTaskRef.of("r/1/call", "coordinator"))
                .reasonCode("reached-patient")
                .build());
    assertEquals(List.of("r/1/urgent"), ids(queue.inbox(ANN, 10)));
    assertFalse(queue.claim(BOB, "r/1/call"), "resolved tasks cannot be claimed");
  }

  private static LedgerEvent.Builder event(int minute, LedgerEventType type) {
    return LedgerEvent.newBuilder()
        .outcome("r/1", "run-1", "referral")
        .type(type)
        .sequence(minute)
        .workflowTime(T0.plus(Duration.ofMinutes(minute)));
  }

  @Test
  void onlySupervisorsReassign() {
    assertThrows(PermissionDeniedException.class, () -> queue.reassign(ANN, "r/1/call", "u-bob"));
    assertTrue(queue.reassign(SUE, "r/1/call", "u-bob"));
    assertEquals("u-bob", queue.inbox(BOB, 10).get(1).claimedBy());
  }

  @Test
  void findsTasksByIdAndFiltersTheInboxByOutcomeType() {
    store
        .ledger()
        .recordAll(
            outcome("fax-intake/d1", "fax-intake", T0)
                .stage(0, "review")
                .taskOpened(1, "fax-intake/d1/review-1", "coordinator", 1)
                .events());
    assertEquals(List.of("fax-intake/d1/review-1"), ids(queue.inbox(ANN, "fax-intake", 10)));
    assertEquals(List.of("r/1/urgent", "r/1/call"), ids(queue.inbox(ANN, "referral", 10)));
    assertEquals("r/1", queue.find(ANN, "r/1/call").orElseThrow().workflowId());
    assertTrue(queue.find(ANN, "r/1/none").isEmpty());
    assertThrows(
        PermissionDeniedException.class,
        () -> queue.find(new Actor("u-aud", Role.AUDITOR), "r/1/call"));
  }

  @Test
  void markedResolutionSurvivesReprojectionUntilTheLedgerResolves() {
    assertTrue(queue.markResolved(ANN, "r/1/call", "reached-patient"));
    assertFalse(queue.markResolved(BOB, "r/1/call", "reached-patient"), "already resolved");
    store.ledger().record(event(10, LedgerEventType.STAGE_CHANGED).stage("schedule").build());
    assertEquals(List.of("r/1/urgent"), ids(queue.inbox(ANN, 10)));
    assertEquals("resolved", queue.find(ANN, "r/1/call").orElseThrow().status());
    store
        .ledger()
        .record(
            event(11, LedgerEventType.HUMAN_TASK_RESOLVED)
                .task(HumanTaskRef.of("r/1/call", "coordinator"))
                .reasonCode("reached-patient")
                .build());
    assertEquals("resolved", queue.find(ANN, "r/1/call").orElseThrow().status());
    List<AuditRecord> audit = store.auditLog().read(1, 10);
    assertEquals("resolve-task", audit.get(0).entry().action());
    assertEquals(1, audit.size());
    assertThrows(
        IllegalArgumentException.class,
        () -> queue.markResolved(ANN, "r/1/urgent", "spoke to Mrs X"));
    assertThrows(
        PermissionDeniedException.class,
        () -> queue.markResolved(new Actor("u-aud", Role.AUDITOR), "r/1/urgent", "done"));
  }
}
