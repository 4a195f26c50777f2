package io.followthrough.readiness;

import io.followthrough.practice.Appointment;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One appointment of one patient for readiness tests: what is on file, the coverage answer, the
 * status (cancelling moves it to CANCELLED). Implements both practice interfaces the flow calls.
 */
final class FakeReadinessPractice implements PracticeActivities, ReadinessActivities {
  final String appointmentId;
  final String patientRef;
  private String specialty;
  private final Instant start;
  private AppointmentStatus status = AppointmentStatus.BOOKED;
  private final Set<String> onFile = new LinkedHashSet<>();
  private CoverageState coverage = CoverageState.ACTIVE;
  private int readinessFailures;
  final List<String> cancellations = new ArrayList<>();

  FakeReadinessPractice(String appointmentId, String patientRef, String specialty, Instant start) {
    this.appointmentId = appointmentId;
    this.patientRef = patientRef;
    this.specialty = specialty;
    this.start = start;
  }

  synchronized FakeReadinessPractice onFile(String... items) {
    onFile.addAll(List.of(items));
    return this;
  }

  synchronized FakeReadinessPractice allOnFile() {
    return onFile(ReadinessItems.ON_FILE.toArray(String[]::new));
  }

  synchronized FakeReadinessPractice without(String item) {
    onFile.remove(item);
    return this;
  }

  synchronized FakeReadinessPractice coverage(CoverageState state) {
    coverage = state;
    return this;
  }

  synchronized FakeReadinessPractice failReadiness(int times) {
    readinessFailures = times;
    return this;
  }

  synchronized void status(AppointmentStatus s) {
    status = s;
  }

  @Override
  public synchronized ReadinessRecord readiness(String id) {
    if (readinessFailures > 0) {
      readinessFailures--;
      throw ApplicationFailure.newNonRetryableFailure("unknown " + id, APPOINTMENT_NOT_FOUND);
    }
    if (!appointmentId.equals(id)) {
      throw ApplicationFailure.newNonRetryableFailure("unknown " + id, APPOINTMENT_NOT_FOUND);
    }
    List<String> items = ReadinessItems.ON_FILE.stream().filter(onFile::contains).toList();
    return new ReadinessRecord(id, patientRef, specialty, start, status, items);
  }

  @Override
  public synchronized CoverageStatus checkCoverage(String ref, String payer, String memberId) {
    return new CoverageStatus(
        coverage, coverage == CoverageState.ACTIVE ? "eligible" : "terminated");
  }

  @Override
  public synchronized PatientPreferences patientPreferences(String ref) {
    return new PatientPreferences("en", "America/New_York");
  }

  @Override
  public synchronized Appointment cancelAppointment(String id, String reason, String key) {
    if (status != AppointmentStatus.BOOKED && status != AppointmentStatus.CANCELLED) {
      throw ApplicationFailure.newNonRetryableFailure("not booked", INVALID_TRANSITION);
    }
    if (!cancellations.contains(reason + "@" + key)) {
      cancellations.add(reason + "@" + key);
    }
    status = AppointmentStatus.CANCELLED;
    return appointment(id);
  }

  @Override
  public synchronized Appointment appointment(String id) {
    return new Appointment(id, patientRef, "slot-1", "prov-01", start, status);
  }

  @Override
  public synchronized AppointmentStatus appointmentStatus(String id) {
    return status;
  }

  @Override
  public PatientMatch matchPatient(PatientQuery query) {
    throw new UnsupportedOperationException();
  }

  @Override
  public String createPatient(NewPatient patient, String idempotencyKey) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<Slot> findSlots(String specialty, Urgency urgency, SlotWindow window) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Appointment bookAppointment(String patientRef, String slotId, String idempotencyKey) {
    throw new UnsupportedOperationException();
  }

  @Override
  public WaitlistEntry addToWaitlist(
      String patientRef, String specialty, Urgency urgency, String idempotencyKey) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<WaitlistEntry> listWaitlist(String specialty) {
    throw new UnsupportedOperationException();
  }
}
