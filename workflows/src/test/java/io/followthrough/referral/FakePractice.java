package io.followthrough.referral;

import io.followthrough.practice.Appointment;
import io.followthrough.practice.AppointmentEvent;
import io.followthrough.practice.AppointmentEventType;
import io.followthrough.practice.AppointmentStatus;
import io.followthrough.practice.CoverageState;
import io.followthrough.practice.CoverageStatus;
import io.followthrough.practice.NewPatient;
import io.followthrough.practice.PatientMatch;
import io.followthrough.practice.PatientPreferences;
import io.followthrough.practice.PatientQuery;
import io.followthrough.practice.PracticeActivities;
import io.followthrough.practice.Slot;
import io.followthrough.practice.SlotWindow;
import io.followthrough.practice.Urgency;
import io.followthrough.practice.WaitlistEntry;
import io.temporal.failure.ApplicationFailure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small practice system for workflow tests: patients by family name, coverage and preferences per
 * patient (default active, English, New York), slots, idempotent bookings and registrations.
 */
final class FakePractice implements PracticeActivities {
  private final Map<String, List<String>> patientsByLastName = new HashMap<>();
  private final Map<String, CoverageStatus> coverage = new HashMap<>();
  private final Map<String, PatientPreferences> preferences = new HashMap<>();
  private final List<Slot> slots = new ArrayList<>();
  private final Set<String> takenSlots = new HashSet<>();
  private final Map<String, Appointment> appointments = new LinkedHashMap<>();
  private final Map<String, String> keys = new HashMap<>();

  synchronized FakePractice patient(String lastName, String ref) {
    patientsByLastName
        .computeIfAbsent(lastName.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
        .add(ref);
    return this;
  }

  synchronized FakePractice coverage(String ref, CoverageState state, String reason) {
    coverage.put(ref, new CoverageStatus(state, reason));
    return this;
  }

  synchronized FakePractice preferences(String ref, String language, String zone) {
    preferences.put(ref, new PatientPreferences(language, zone));
    return this;
  }

  synchronized FakePractice slot(String slotId, String specialty, Instant start) {
    slots.add(new Slot(slotId, "prov-01", specialty, start, 30, false));
    return this;
  }

  /** Someone else books the slot first. */
  synchronized void takeSlot(String slotId) {
    takenSlots.add(slotId);
  }

  /** The patient books through the self-schedule link; returns the event the webhook signals. */
  synchronized AppointmentEvent selfBook(String patientRef, String slotId, Instant at) {
    Appointment a = newAppointment(patientRef, slotId);
    return new AppointmentEvent(
        AppointmentEventType.BOOKED, a.appointmentId(), patientRef, slotId, "self-scheduled", at);
  }

  /** Moves an appointment on; returns the event the webhook signals. */
  synchronized AppointmentEvent mark(String appointmentId, AppointmentEventType type, Instant at) {
    Appointment a = appointments.get(appointmentId);
    appointments.put(
        appointmentId,
        new Appointment(
            a.appointmentId(),
            a.patientRef(),
            a.slotId(),
            a.providerRef(),
            a.start(),
            AppointmentStatus.valueOf(type.name())));
    return new AppointmentEvent(type, appointmentId, a.patientRef(), a.slotId(), null, at);
  }

  synchronized Appointment appointmentNow(String id) {
    return appointments.get(id);
  }

  @Override
  public synchronized PatientMatch matchPatient(PatientQuery query) {
    List<String> refs =
        patientsByLastName.getOrDefault(query.lastName().toLowerCase(Locale.ROOT), List.of());
    if (refs.isEmpty()) {
      return PatientMatch.none();
    }
    return refs.size() == 1
        ? PatientMatch.matched(refs.get(0), "name-dob")
        : PatientMatch.ambiguous(refs.size(), "name-dob");
  }

  @Override
  public synchronized String createPatient(NewPatient patient, String idempotencyKey) {
    return keys.computeIfAbsent(idempotencyKey, k -> "pt-new-" + (keys.size() + 1));
  }

  @Override
  public synchronized CoverageStatus checkCoverage(
      String patientRef, String payer, String memberId) {
    return coverage.getOrDefault(patientRef, new CoverageStatus(CoverageState.ACTIVE, "eligible"));
  }

  @Override
  public synchronized PatientPreferences patientPreferences(String patientRef) {
    return preferences.getOrDefault(patientRef, new PatientPreferences("en", "America/New_York"));
  }

  @Override
  public synchronized List<Slot> findSlots(String specialty, Urgency urgency, SlotWindow window) {
    return slots.stream()
        .filter(s -> s.specialty().equals(specialty))
        .filter(s -> !s.start().isBefore(window.from()) && s.start().isBefore(window.to()))
        .filter(s -> !takenSlots.contains(s.slotId()))
        .filter(s -> appointments.values().stream().noneMatch(a -> a.slotId().equals(s.slotId())))
        .toList();
  }

  @Override
  public synchronized Appointment bookAppointment(
      String patientRef, String slotId, String idempotencyKey) {
    String existing = keys.get(idempotencyKey);
    if (existing != null) {
      return appointments.get(existing);
    }
    if (takenSlots.contains(slotId)) {
      throw ApplicationFailure.newNonRetryableFailure("slot " + slotId + " is taken", SLOT_TAKEN);
    }
    Appointment a = newAppointment(patientRef, slotId);
    keys.put(idempotencyKey, a.appointmentId());
    return a;
  }

  @Override
  public synchronized AppointmentStatus appointmentStatus(String appointmentId) {
    return appointment(appointmentId).status();
  }

  @Override
  public synchronized Appointment appointment(String appointmentId) {
    Appointment a = appointments.get(appointmentId);
    if (a == null) {
      throw ApplicationFailure.newNonRetryableFailure(
          "unknown appointment " + appointmentId, APPOINTMENT_NOT_FOUND);
    }
    return a;
  }

  @Override
  public synchronized Appointment cancelAppointment(
      String appointmentId, String reasonCode, String idempotencyKey) {
    return mark(appointmentId, AppointmentEventType.CANCELLED, Instant.EPOCH) == null
        ? null
        : appointments.get(appointmentId);
  }

  @Override
  public synchronized WaitlistEntry addToWaitlist(
      String patientRef, String specialty, Urgency urgency, String idempotencyKey) {
    return new WaitlistEntry("wait-1", patientRef, specialty, urgency, Instant.EPOCH);
  }

  @Override
  public synchronized List<WaitlistEntry> listWaitlist(String specialty) {
    return List.of();
  }

  private Appointment newAppointment(String patientRef, String slotId) {
    Slot slot = slots.stream().filter(s -> s.slotId().equals(slotId)).findFirst().orElseThrow();
    String id = "appt-" + (appointments.size() + 1);
    Appointment a =
        new Appointment(
            id, patientRef, slotId, slot.providerRef(), slot.start(), AppointmentStatus.BOOKED);
    appointments.put(id, a);
    return a;
  }
}
