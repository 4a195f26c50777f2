package io.followthrough.activities.practice;

import io.followthrough.practice.AppointmentStatus;
import io.followthrough.practice.PracticeActivities;
import io.followthrough.practice.Slot;
import io.followthrough.practice.Urgency;
import io.followthrough.practice.WaitlistCandidate;
import io.followthrough.practice.WaitlistPreferences;
import java.time.Instant;
import java.util.List;

/**
 * The sandbox's waitlist as cancellation recovery needs it: entries with fit preferences (kept in
 * {@link SandboxState#waitlistPreferences()}), the slot by id. Callers hold the sandbox lock.
 */
final class WaitlistFits {

  private WaitlistFits() {}

  static Slot slot(SandboxState state, String slotId) {
    Slot slot = slotId == null ? null : state.slots().get(slotId);
    if (slot == null) {
      throw new PracticeException(PracticeActivities.SLOT_NOT_FOUND, "unknown slot " + slotId);
    }
    return slot;
  }

  /**
   * The specialty's waitlist (urgent first, then oldest) with preferences, leaving out patients who
   * hold a booked appointment in the specialty.
   */
  static List<WaitlistCandidate> candidates(SandboxState state, String specialty) {
    return Scheduling.waitlist(state, specialty).stream()
        .filter(e -> !booked(state, e.patientRef(), specialty))
        .map(
            e ->
                new WaitlistCandidate(
                    e,
                    state
                        .waitlistPreferences()
                        .getOrDefault(e.entryId(), WaitlistPreferences.none())))
        .toList();
  }

  /** Adds (or finds) the patient's entry and records its preferences; returns the entry id. */
  static String add(
      SandboxState state,
      String patientRef,
      String specialty,
      Urgency urgency,
      WaitlistPreferences preferences,
      Instant now) {
    String id = Scheduling.addToWaitlist(state, patientRef, specialty, urgency, now);
    if (preferences != null) {
      if (preferences.preferredProviderRef() != null
          && !state.providers().containsKey(preferences.preferredProviderRef())) {
        throw new PracticeException(PracticeActivities.INVALID_INPUT, "unknown provider");
      }
      if (preferences.visitMinutes() < 0
          || (preferences.travelMinutes() != null && preferences.travelMinutes() < 0)) {
        throw new PracticeException(PracticeActivities.INVALID_INPUT, "negative minutes");
      }
      state.waitlistPreferences().put(id, preferences);
    }
    return id;
  }

  private static boolean booked(SandboxState state, String patientRef, String specialty) {
    return state.appointments().values().stream()
        .filter(a -> a.patientRef().equals(patientRef) && a.status() == AppointmentStatus.BOOKED)
        .map(a -> state.slots().get(a.slotId()))
        .anyMatch(s -> s != null && s.specialty().equals(specialty));
  }
}
