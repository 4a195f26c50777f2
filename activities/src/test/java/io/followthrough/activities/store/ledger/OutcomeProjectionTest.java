package io.followthrough.activities.store.ledger;

import static io.followthrough.activities.store.ledger.OutcomeScript.outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.ledger.LedgerEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OutcomeProjectionTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void foldsStagesEscalationsTasksAndClose() {
    List<LedgerEvent> events =
        outcome("referral/f-1", "referral", T0)
            .stage(0, "intake")
            .stage(10, "verify")
            .escalated(15, 1, "no-reply")
            .escalated(25, 2, "no-reply")
            .ownedBy("coordinator")
            .taskOpened(30, "referral/f-1/verify", "coordinator", 2)
            .taskResolved(50, "referral/f-1/verify", "coordinator", "verified")
            .stage(55, "schedule")
            .completed(95)
            .events();

    ProjectedOutcome p = OutcomeProjection.fold(events);

    OutcomeState o = p.outcome();
    assertEquals("schedule", o.currentStage());
    assertEquals("completed", o.status());
    assertEquals("coordinator", o.owner());
    assertEquals(0, o.escalationLevel(), "a stage change ends the escalation");
    assertEquals(2, o.maxEscalationLevel());
    assertEquals(0, o.openTasks());
    assertEquals(T0, o.startedAt());
    assertEquals(T0.plusSeconds(95 * 60), o.closedAt());
    assertEquals(8, o.eventCount());
    assertEquals(
        List.of(10 * 60_000L, 45 * 60_000L, 40 * 60_000L),
        p.visits().stream().map(StageVisit::durationMs).toList());
    assertEquals("verified", p.tasks().get(0).resolutionCode());
  }

  @Test
  void theFirstSiteSaidWins() {
    assertNull(
        OutcomeProjection.fold(outcome("r/s0", "referral", T0).stage(0, "intake").events())
            .outcome()
            .site());
    List<LedgerEvent> events =
        outcome("r/s1", "referral", T0)
            .stage(0, "intake")
            .atSite("clinic-north")
            .stage(5, "verify")
            .atSite("clinic-south")
            .completed(9)
            .events();
    assertEquals("clinic-north", OutcomeProjection.fold(events).outcome().site());
    List<LedgerEvent> shuffled = new ArrayList<>(events);
    Collections.reverse(shuffled);
    assertEquals("clinic-north", OutcomeProjection.fold(shuffled).outcome().site());
  }

  @Test
  void openTaskMeansNeedsHumanAndOpenStageHasNoDuration() {
    ProjectedOutcome p =
        OutcomeProjection.fold(
            outcome("r/2", "referral", T0)
                .stage(0, "intake")
                .escalated(5, 3, "no-reply")
                .taskOpened(6, "r/2/call", "coordinator", 1)
                .events());
    assertTrue(p.outcome().needsHuman());
    assertEquals(3, p.outcome().escalationLevel());
    assertEquals("open", p.outcome().status());
    assertNull(p.visits().get(0).durationMs());
  }

  @Test
  void arrivalOrderDoesNotMatter() {
    List<LedgerEvent> events =
        new ArrayList<>(
            outcome("r/3", "referral", T0)
                .stage(0, "intake")
                .stage(3, "verify")
                .escalated(4, 1, "no-reply")
                .taskOpened(5, "r/3/t", "coordinator", 3)
                .taskResolved(9, "r/3/t", "coordinator", "done")
                .failed(12, "patient-declined")
                .events());
    ProjectedOutcome expected = OutcomeProjection.fold(events);
    Random random = new Random(7);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(events, random);
      assertEquals(expected, OutcomeProjection.fold(events));
    }
  }

  @Test
  void refusesMixedOrEmptyInput() {
    List<LedgerEvent> mixed = new ArrayList<>(outcome("a", "referral", T0).stage(0, "x").events());
    mixed.addAll(outcome("b", "referral", T0).stage(1, "x").events());
    assertThrows(IllegalArgumentException.class, () -> OutcomeProjection.fold(mixed));
    assertThrows(IllegalArgumentException.class, () -> OutcomeProjection.fold(List.of()));
  }
}
