package io.followthrough.recovery;

import io.followthrough.practice.Slot;
import io.followthrough.practice.Urgency;
import io.followthrough.practice.WaitlistCandidate;
import io.followthrough.practice.WaitlistPreferences;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Orders waitlisted patients by how well a freed slot fits them. A pure function (no clock, no
 * I/O), so workflow code may call it and replays give the same order.
 *
 * <p>Left out: other specialties, the cancelling patient, a slot shorter than the visit needs, a
 * slot before the day the patient can come, travel beyond the policy's limit, a second entry of the
 * same patient. The rest are scored: urgent +40; the preferred provider +30 (no preference +10);
 * slot on or before the day wanted +20 (no such day +5); visit length exactly the slot's +5; minus
 * a point per 6 travel minutes (unknown travel −5). Ties: longest waiting first, then entry id.
 */
public final class WaitlistRanking {

  private WaitlistRanking() {}

  /** The candidates the slot fits, best first. */
  public static List<WaitlistCandidate> rank(
      Slot slot,
      List<WaitlistCandidate> candidates,
      String excludedPatientRef,
      ZoneId practiceZone,
      int maxTravelMinutes) {
    LocalDate day = slot.start().atZone(practiceZone).toLocalDate();
    List<WaitlistCandidate> fitting = new ArrayList<>();
    for (WaitlistCandidate c : candidates) {
      if (c != null
          && c.entry() != null
          && fits(slot, day, c, excludedPatientRef, maxTravelMinutes)) {
        fitting.add(c);
      }
    }
    fitting.sort(
        Comparator.comparingInt((WaitlistCandidate c) -> -score(slot, day, c))
            .thenComparing(
                c -> c.entry().addedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.entry().entryId()));
    Set<String> patients = new HashSet<>();
    List<WaitlistCandidate> ranked = new ArrayList<>();
    for (WaitlistCandidate c : fitting) {
      if (patients.add(c.entry().patientRef())) {
        ranked.add(c);
      }
    }
    return List.copyOf(ranked);
  }

  /** The fit score of a candidate the slot fits (see the class comment). */
  public static int score(Slot slot, LocalDate slotDay, WaitlistCandidate c) {
    WaitlistPreferences p = c.preferences();
    int score = 0;
    if (c.entry().urgency() == Urgency.URGENT) {
      score += 40;
    }
    if (p.preferredProviderRef() == null) {
      score += 10;
    } else if (p.preferredProviderRef().equals(slot.providerRef())) {
      score += 30;
    }
    if (p.wantedBy() == null) {
      score += 5;
    } else if (!slotDay.isAfter(p.wantedBy())) {
      score += 20;
    }
    if (p.visitMinutes() == slot.minutes()) {
      score += 5;
    }
    score -= p.travelMinutes() == null ? 5 : p.travelMinutes() / 6;
    return score;
  }

  private static boolean fits(
      Slot slot, LocalDate day, WaitlistCandidate c, String excluded, int maxTravel) {
    WaitlistPreferences p = c.preferences();
    return Objects.equals(c.entry().specialty(), slot.specialty())
        && c.entry().patientRef() != null
        && !c.entry().patientRef().equals(excluded)
        && p.visitMinutes() <= slot.minutes()
        && (p.availableFrom() == null || !day.isBefore(p.availableFrom()))
        && (p.travelMinutes() == null || p.travelMinutes() <= maxTravel);
  }
}
