package io.followthrough.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.followthrough.practice.Slot;
import io.followthrough.practice.Urgency;
import io.followthrough.practice.WaitlistCandidate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitlistRankingTest {
  private static final ZoneId NY = ZoneId.of("America/New_York");
  private static final Slot SLOT = RecoveryTestBase.slot("s", "prov-01", "2026-03-04T15:00:00Z");

  private static List<String> refs(List<WaitlistCandidate> ranked) {
    return ranked.stream().map(c -> c.entry().patientRef()).toList();
  }

  @Test
  void urgencyProviderDateAndTravelOrderTheFit() {
    List<WaitlistCandidate> all =
        List.of(
            RecoveryTestBase.candidate("pt-1", Urgency.ROUTINE, null, 30, 10, null, 1),
            RecoveryTestBase.candidate("pt-2", Urgency.URGENT, null, 30, 10, null, 1),
            RecoveryTestBase.candidate("pt-3", Urgency.ROUTINE, "prov-01", 30, 10, null, 1),
            RecoveryTestBase.candidate("pt-4", Urgency.ROUTINE, "prov-09", 30, 10, null, 1),
            RecoveryTestBase.candidate("pt-5", Urgency.ROUTINE, null, 30, 80, null, 1));
    assertEquals(
        List.of("pt-2", "pt-3", "pt-1", "pt-4", "pt-5"),
        refs(WaitlistRanking.rank(SLOT, all, null, NY, 90)));
  }

  @Test
  void leavesOutWhatDoesNotFit() {
    List<WaitlistCandidate> all =
        List.of(
            RecoveryTestBase.candidate("pt-1", Urgency.ROUTINE, null, 60, 10, null, 1),
            RecoveryTestBase.candidate("pt-2", Urgency.ROUTINE, null, 30, 100, null, 1),
            RecoveryTestBase.candidate(
                "pt-3", Urgency.ROUTINE, null, 30, 10, LocalDate.of(2026, 3, 5), 1),
            RecoveryTestBase.candidate("pt-4", Urgency.ROUTINE, null, 30, 10, null, 1),
            RecoveryTestBase.candidate("pt-4", Urgency.URGENT, null, 30, 10, null, 1),
            RecoveryTestBase.candidate("pt-9", Urgency.URGENT, null, 30, 10, null, 1));
    assertEquals(List.of("pt-4"), refs(WaitlistRanking.rank(SLOT, all, "pt-9", NY, 90)));
  }

  @Test
  void theDayWantedAndLongestWaitBreakTies() {
    List<WaitlistCandidate> all =
        List.of(
            RecoveryTestBase.candidate("pt-1", Urgency.ROUTINE, null, 30, 12, null, 1),
            RecoveryTestBase.candidate("pt-2", Urgency.ROUTINE, null, 30, 12, null, 5),
            new WaitlistCandidate(
                RecoveryTestBase.candidate("pt-3", Urgency.ROUTINE, null, 30, 12, null, 1).entry(),
                new io.followthrough.practice.WaitlistPreferences(
                    null, "follow-up", 30, 12, null, LocalDate.of(2026, 3, 6))));
    assertEquals(
        List.of("pt-3", "pt-2", "pt-1"), refs(WaitlistRanking.rank(SLOT, all, null, NY, 90)));
  }
}
