package io.followthrough.activities.practice;

import io.followthrough.practice.Appointment;
import io.followthrough.practice.AppointmentStatus;
import io.followthrough.practice.PracticeActivities;
import io.followthrough.practice.Slot;
import io.followthrough.practice.SlotWindow;
import io.followthrough.practice.Urgency;
import io.followthrough.practice.WaitlistEntry;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Slots, appointments and the waitlist; callers hold the sandbox lock. */
final class Scheduling {
  static final int MAX_SLOTS = 20;

  /** Allowed status changes; anything else is {@code InvalidAppointmentTransition}. */
  private static final Map<AppointmentStatus, Set<AppointmentStatus>> NEXT =
      Map.of(
          AppointmentStatus.BOOKED,
          Set.of(AppointmentStatus.ARRIVED, AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED),
          AppointmentStatus.ARRIVED,
          Set.of(AppointmentStatus.CHECKED_OUT));

  private Scheduling() {}

  static List<Slot> freeSlots(
      SandboxState state, String specialty, Urgency urgency, SlotWindow window, Instant now) {
    requireSpecialty(state, specialty);
    if (window == null
        || window.from() == null
        || window.to() == null
        || !window.from().isBefore(window.to())) {
      throw invalid("slot window must have a start before its end");
    }
    boolean urgent = urgency == Urgency.URGENT;
    return state.slots().values().stream()
        .filter(s -> s.specialty().equals(specialty))
        .filter(s -> !state.slotHolders().containsKey(s.slotId()))
        .filter(s -> urgent || !s.urgentHold())
        .filter(s -> !s.start().isBefore(window.from()) && s.start().isBefore(window.to()))
        .filter(s -> s.start().isAfter(now))
        .sorted(Comparator.comparing(Slot::start).thenComparing(Slot::slotId))
        .limit(MAX_SLOTS)
        .toList();
  }

  /**
   * Books the slot and returns the new appointment id; {@code workflowId} (nullable) is remembered
   * as the appointment's owner and {@code reasonCode} (nullable) travels with the event.
   */
  static String book(
      SandboxState state,
      String patientRef,
      String slotId,
      String reasonCode,
      String workflowId,
      Instant now,
      List<PracticeEvent> out) {
    state.patient(patientRef);
    Slot slot = slotId == null ? null : state.slots().get(slotId);
    if (slot == null) {
      throw new PracticeException(PracticeActivities.SLOT_NOT_FOUND, "unknown slot " + slotId);
    }
    if (state.slotHolders().containsKey(slotId)) {
      throw new PracticeException(
          PracticeActivities.SLOT_TAKEN, "slot " + slotId + " is already booked");
    }
    if (!slot.start().isAfter(now)) {
      throw invalid("slot " + slotId + " has already started");
    }
    String id = "appt-%04d".formatted(state.appointments().size() + 1);
    state
        .appointments()
        .put(
            id,
            new Appointment(
                id,
                patientRef,
                slotId,
                slot.providerRef(),
                slot.start(),
                AppointmentStatus.BOOKED));
    state.slotHolders().put(slotId, id);
    if (workflowId != null) {
      state.appointmentWorkflows().put(id, workflowId);
    }
    out.add(
        new PracticeEvent(
            PracticeEventType.BOOKED, id, patientRef, slotId, reasonCode, now, workflowId));
    return id;
  }

  /**
   * Moves the appointment to {@code to}; already there is a no-op (no event). Cancelling frees the
   * slot.
   */
  static Appointment transition(
      SandboxState state,
      String appointmentId,
      AppointmentStatus to,
      String reasonCode,
      Instant now,
      List<PracticeEvent> out) {
    Appointment current = state.appointment(appointmentId);
    if (current.status() == to) {
      return current;
    }
    if (!NEXT.getOrDefault(current.status(), Set.of()).contains(to)) {
      throw new PracticeException(
          PracticeActivities.INVALID_TRANSITION,
          "appointment " + appointmentId + " cannot go from " + current.status() + " to " + to);
    }
    Appointment next =
        new Appointment(
            current.appointmentId(),
            current.patientRef(),
            current.slotId(),
            current.providerRef(),
            current.start(),
            to);
    state.appointments().put(appointmentId, next);
    if (to == AppointmentStatus.CANCELLED) {
      state.slotHolders().remove(current.slotId());
    }
    out.add(
        new PracticeEvent(
            PracticeEventType.valueOf(to.name()),
            appointmentId,
            current.patientRef(),
            current.slotId(),
            to == AppointmentStatus.CANCELLED ? reasonCode : null,
            now,
            state.appointmentWorkflows().get(appointmentId)));
    return next;
  }

  /** Adds a waitlist entry (or finds the patient's existing one) and returns its id. */
  static String addToWaitlist(
      SandboxState state, String patientRef, String specialty, Urgency urgency, Instant now) {
    state.patient(patientRef);
    requireSpecialty(state, specialty);
    if (urgency == null) {
      throw invalid("urgency is required");
    }
    for (WaitlistEntry e : state.waitlist()) {
      if (e.patientRef().equals(patientRef) && e.specialty().equals(specialty)) {
        return e.entryId();
      }
    }
    String id = "wait-%04d".formatted(state.waitlist().size() + 1);
    state.waitlist().add(new WaitlistEntry(id, patientRef, specialty, urgency, now));
    return id;
  }

  static List<WaitlistEntry> waitlist(SandboxState state, String specialty) {
    return state.waitlist().stream()
        .filter(e -> e.specialty().equals(specialty))
        .sorted(
            Comparator.comparing((WaitlistEntry e) -> e.urgency() != Urgency.URGENT)
                .thenComparing(WaitlistEntry::addedAt))
        .toList();
  }

  private static void requireSpecialty(SandboxState state, String specialty) {
    boolean known =
        state.providers().values().stream().anyMatch(p -> p.specialty().equals(specialty));
    if (!known) {
      throw invalid("unknown specialty code");
    }
  }

  private static PracticeException invalid(String message) {
    return new PracticeException(PracticeActivities.INVALID_INPUT, message);
  }
}
