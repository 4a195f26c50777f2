package io.followthrough.activities.practice;

import io.followthrough.practice.Appointment;
import io.followthrough.practice.AppointmentStatus;
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
import java.util.List;
import java.util.function.Supplier;

/**
 * {@link PracticeActivities} over a {@link SandboxPracticeSystem}: each refusal becomes a
 * non-retryable {@link ApplicationFailure} whose type is the refusal's code.
 */
public final class SandboxPracticeActivities implements PracticeActivities {
  private final SandboxPracticeSystem practice;

  public SandboxPracticeActivities(SandboxPracticeSystem practice) {
    this.practice = practice;
  }

  @Override
  public PatientMatch matchPatient(PatientQuery query) {
    return call(() -> practice.matchPatient(query));
  }

  @Override
  public String createPatient(NewPatient patient, String idempotencyKey) {
    return call(() -> practice.createPatient(patient, idempotencyKey));
  }

  @Override
  public CoverageStatus checkCoverage(String patientRef, String payer, String memberId) {
    return call(() -> practice.checkCoverage(patientRef, payer, memberId));
  }

  @Override
  public List<Slot> findSlots(String specialty, Urgency urgency, SlotWindow window) {
    return call(() -> practice.findSlots(specialty, urgency, window));
  }

  @Override
  public Appointment bookAppointment(String patientRef, String slotId, String idempotencyKey) {
    return call(() -> practice.book(patientRef, slotId, idempotencyKey));
  }

  @Override
  public PatientPreferences patientPreferences(String patientRef) {
    return call(
        () ->
            practice
                .patient(patientRef)
                .map(p -> new PatientPreferences(p.language(), p.timeZone()))
                .orElseThrow(
                    () ->
                        new PracticeException(PATIENT_NOT_FOUND, "unknown patient " + patientRef)));
  }

  @Override
  public Appointment appointment(String appointmentId) {
    return call(
        () ->
            practice
                .appointment(appointmentId)
                .orElseThrow(
                    () ->
                        new PracticeException(
                            APPOINTMENT_NOT_FOUND, "unknown appointment " + appointmentId)));
  }

  @Override
  public AppointmentStatus appointmentStatus(String appointmentId) {
    return call(
        () ->
            practice
                .appointment(appointmentId)
                .map(Appointment::status)
                .orElseThrow(
                    () ->
                        new PracticeException(
                            APPOINTMENT_NOT_FOUND, "unknown appointment " + appointmentId)));
  }

  @Override
  public Appointment cancelAppointment(
      String appointmentId, String reasonCode, String idempotencyKey) {
    return call(() -> practice.cancel(appointmentId, reasonCode, idempotencyKey));
  }

  @Override
  public WaitlistEntry addToWaitlist(
      String patientRef, String specialty, Urgency urgency, String idempotencyKey) {
    return call(() -> practice.addToWaitlist(patientRef, specialty, urgency, idempotencyKey));
  }

  @Override
  public List<WaitlistEntry> listWaitlist(String specialty) {
    return call(() -> practice.waitlist(specialty));
  }

  private static <T> T call(Supplier<T> operation) {
    try {
      return operation.get();
    } catch (PracticeException e) {
      throw ApplicationFailure.newNonRetryableFailure(e.getMessage(), e.code());
    }
  }

  @Override
  public List<io.followthrough.practice.Medication> medications(String patientRef) {
    return call(() -> practice.medications(patientRef));
  }

  @Override
  public io.followthrough.practice.VisitHistory lastVisit(String patientRef) {
    return call(() -> practice.lastVisit(patientRef));
  }

  @Override
  public String findProvider(String npi, String name) {
    return call(() -> practice.findProvider(npi, name));
  }

  @Override
  public String fileToChart(
      String patientRef, String documentId, String section, String queue, String idempotencyKey) {
    return call(() -> practice.fileToChart(patientRef, documentId, section, queue, idempotencyKey));
  }

  @Override
  public String filingAcknowledgedBy(String filingId) {
    return call(
        () ->
            practice
                .filing(filingId)
                .map(ChartFiling::acknowledgedBy)
                .orElseThrow(
                    () -> new PracticeException(INVALID_INPUT, "unknown filing " + filingId)));
  }
}
