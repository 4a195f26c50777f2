package io.followthrough.activities.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.followthrough.practice.PracticeActivities;
import io.followthrough.practice.Slot;
import io.followthrough.practice.SlotWindow;
import io.followthrough.practice.Urgency;
import io.followthrough.practice.WaitlistCandidate;
import io.followthrough.practice.WaitlistPreferences;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaitlistFitsTest {
  @TempDir Path dir;
  final Clock clock = Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), ZoneOffset.UTC);

  @Test
  void preferencesAreKeptAcrossRestartsAndBookedPatientsLeaveTheCandidates() {
    Path file = dir.resolve("sandbox.json");
    SandboxPracticeSystem practice = SandboxPracticeSystem.persistent(file, 42, clock);
    WaitlistPreferences prefs =
        new WaitlistPreferences("prov-01", "follow-up", 30, 25, LocalDate.of(2026, 3, 3), null);
    practice.addToWaitlist("pt-0011", "cardiology", Urgency.ROUTINE, prefs, "k-1");
    practice.addToWaitlist("pt-0012", "cardiology", Urgency.URGENT, null, "k-2");

    SandboxPracticeSystem resumed = SandboxPracticeSystem.persistent(file, 42, clock);
    List<WaitlistCandidate> candidates = resumed.waitlistCandidates("cardiology");
    WaitlistCandidate first =
        candidates.stream()
            .filter(c -> c.entry().patientRef().equals("pt-0011"))
            .findFirst()
            .orElseThrow();
    assertEquals(prefs, first.preferences());
    WaitlistCandidate second =
        candidates.stream()
            .filter(c -> c.entry().patientRef().equals("pt-0012"))
            .findFirst()
            .orElseThrow();
    assertEquals(WaitlistPreferences.none(), second.preferences());

    Slot free =
        resumed
            .findSlots(
                "cardiology",
                Urgency.ROUTINE,
                new SlotWindow(clock.instant(), clock.instant().plus(Duration.ofDays(14))))
            .get(0);
    assertEquals(free, resumed.slot(free.slotId()));
    resumed.book("pt-0011", free.slotId(), "book-1");
    assertEquals(
        0,
        resumed.waitlistCandidates("cardiology").stream()
            .filter(c -> c.entry().patientRef().equals("pt-0011"))
            .count(),
        "a booked patient is served");
    PracticeException unknown =
        assertThrows(PracticeException.class, () -> resumed.slot("slot-none"));
    assertEquals(PracticeActivities.SLOT_NOT_FOUND, unknown.code());
  }
}
