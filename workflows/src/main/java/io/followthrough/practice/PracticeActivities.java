package io.followthrough.practice;

import io.followthrough.sdk.ActivityPolicies;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;

/**
 * The practice management system (patients, coverage, slots, appointments, waitlist) as seen by
 * outcome workflows. Use with {@link PracticeOptions#defaults()}.
 *
 * <p>Writes take an idempotency key (see {@code IdempotencyKeys.forStep}): a repeated call with the
 * same key returns the first call's result and changes nothing, so retries after a lost response
 * are safe. Reusing a key with different arguments is bad input. Reads are naturally idempotent.
 *
 * <p>Non-retryable failures ({@code ApplicationFailure} types; the message names refs and codes,
 * never PHI): {@link #INVALID_INPUT}, {@link #PATIENT_NOT_FOUND}, {@link #SLOT_NOT_FOUND}, {@link
 * #SLOT_TAKEN}, {@link #APPOINTMENT_NOT_FOUND}, {@link #INVALID_TRANSITION}. Anything else is
 * transient (system down, timeout) and retried by the options.
 */
@ActivityInterface
public interface PracticeActivities {
  /** Missing or malformed arguments, or an idempotency key reused with other arguments. */
  String INVALID_INPUT = ActivityPolicies.INVALID_INPUT;

  /** The patient reference is unknown. */
  String PATIENT_NOT_FOUND = "PatientNotFound";

  /** The slot id is unknown. */
  String SLOT_NOT_FOUND = "SlotNotFound";

  /** Someone else booked the slot first: find another slot; retrying cannot help. */
  String SLOT_TAKEN = "SlotTaken";

  /** The appointment id is unknown. */
  String APPOINTMENT_NOT_FOUND = "AppointmentNotFound";

  /**
   * The change is not allowed from the appointment's current status (e.g. cancel after arrival).
   */
  String INVALID_TRANSITION = "InvalidAppointmentTransition";

  /** Failure types no retry can fix; {@link PracticeOptions} lists them as non-retryable. */
  List<String> NON_RETRYABLE =
      List.of(
          INVALID_INPUT,
          PATIENT_NOT_FOUND,
          SLOT_NOT_FOUND,
          SLOT_TAKEN,
          APPOINTMENT_NOT_FOUND,
          INVALID_TRANSITION);

  /**
   * Finds the patient a referral is about: by MRN, else by name and date of birth (nicknames and
   * small spelling differences tolerated), the phone breaking ties. Never guesses: equally good
   * candidates give {@link MatchStatus#AMBIGUOUS}. Read-only. Fails with {@link #INVALID_INPUT}
   * when the query has neither an MRN nor a last name with a date of birth.
   */
  @ActivityMethod(name = "PracticeMatchPatient")
  PatientMatch matchPatient(PatientQuery query);

  /**
   * Registers a new patient and returns its reference. Idempotent by {@code idempotencyKey}. Fails
   * with {@link #INVALID_INPUT} for missing names, a missing or future date of birth, an unknown
   * time zone or an unusable phone.
   */
  @ActivityMethod(name = "PracticeCreatePatient")
  String createPatient(NewPatient patient, String idempotencyKey);

  /**
   * Checks the patient's eligibility with {@code payer} for {@code memberId} (both may be null to
   * check the coverage on file). Read-only. Fails with {@link #PATIENT_NOT_FOUND}.
   */
  @ActivityMethod(name = "PracticeCheckCoverage")
  CoverageStatus checkCoverage(String patientRef, String payer, String memberId);

  /**
   * Free slots in {@code specialty} starting within {@code window}, earliest first, at most 20.
   * {@link Urgency#URGENT} also sees slots held for urgent care. Read-only; an empty list is a
   * normal answer. Fails with {@link #INVALID_INPUT} for an unknown specialty or an empty window.
   */
  @ActivityMethod(name = "PracticeFindSlots")
  List<Slot> findSlots(String specialty, Urgency urgency, SlotWindow window);

  /**
   * Books {@code slotId} for the patient, atomically: of concurrent bookings of one slot exactly
   * one wins. Idempotent by {@code idempotencyKey} (a retry returns the same appointment). Fails
   * with {@link #SLOT_TAKEN} when another booking holds the slot, {@link #SLOT_NOT_FOUND}, {@link
   * #PATIENT_NOT_FOUND} or {@link #INVALID_INPUT}.
   */
  @ActivityMethod(name = "PracticeBookAppointment")
  Appointment bookAppointment(String patientRef, String slotId, String idempotencyKey);

  /**
   * The patient's preferred language and time zone, for drafting messages and keeping quiet hours.
   * Read-only. Fails with {@link #PATIENT_NOT_FOUND}.
   */
  @ActivityMethod(name = "PracticePatientPreferences")
  PatientPreferences patientPreferences(String patientRef);

  /**
   * The appointment with its slot, provider and start time (e.g. after a {@code BOOKED} event that
   * carries only references). Read-only. Fails with {@link #APPOINTMENT_NOT_FOUND}.
   */
  @ActivityMethod(name = "PracticeAppointment")
  Appointment appointment(String appointmentId);

  /** The appointment's current status. Read-only. Fails with {@link #APPOINTMENT_NOT_FOUND}. */
  @ActivityMethod(name = "PracticeAppointmentStatus")
  AppointmentStatus appointmentStatus(String appointmentId);

  /**
   * Cancels a booked appointment and frees its slot; {@code reasonCode} is a code such as {@code
   * patient-declined}. Cancelling a cancelled appointment returns it unchanged. Fails with {@link
   * #APPOINTMENT_NOT_FOUND} or {@link #INVALID_TRANSITION} (already arrived, checked out or
   * no-show).
   */
  @ActivityMethod(name = "PracticeCancelAppointment")
  Appointment cancelAppointment(String appointmentId, String reasonCode, String idempotencyKey);

  /**
   * Puts the patient on the specialty's waitlist. Idempotent by {@code idempotencyKey}; a patient
   * already waiting in that specialty keeps the existing entry. Fails with {@link
   * #PATIENT_NOT_FOUND} or {@link #INVALID_INPUT}.
   */
  @ActivityMethod(name = "PracticeAddToWaitlist")
  WaitlistEntry addToWaitlist(
      String patientRef, String specialty, Urgency urgency, String idempotencyKey);

  /** The specialty's waitlist, urgent first, then oldest first. Read-only. */
  @ActivityMethod(name = "PracticeListWaitlist")
  List<WaitlistEntry> listWaitlist(String specialty);

  /**
   * The patient's active prescriptions, for refill requests. Read-only. Fails with {@link
   * #PATIENT_NOT_FOUND}. A practice system without medication records fails with the non-retryable
   * type {@code NotSupported} (the default).
   */
  @ActivityMethod(name = "PracticeMedications")
  default List<Medication> medications(String patientRef) {
    throw io.temporal.failure.ApplicationFailure.newNonRetryableFailure(
        "medication records are not supported", "NotSupported");
  }

  /**
   * When the patient was last seen. Read-only. Fails with {@link #PATIENT_NOT_FOUND}; without visit
   * records with the non-retryable type {@code NotSupported} (the default).
   */
  @ActivityMethod(name = "PracticeLastVisit")
  default VisitHistory lastVisit(String patientRef) {
    throw io.temporal.failure.ApplicationFailure.newNonRetryableFailure(
        "visit records are not supported", "NotSupported");
  }

  /**
   * The practice provider with {@code npi} (checked first) or, failing that, whose name matches
   * {@code name} (titles and credentials ignored); null when neither identifies exactly one.
   * Read-only. The default implementation knows no providers; the sandbox overrides it.
   */
  @ActivityMethod(name = "PracticeFindProvider")
  default String findProvider(String npi, String name) {
    return null;
  }

  /**
   * Files document {@code documentId} to the patient's chart under {@code section} (e.g. {@code
   * results}, {@code records}) and puts it in work queue {@code queue} (e.g. {@code
   * provider:prov-03}, {@code him}); returns the filing id. Idempotent by {@code idempotencyKey}.
   * Fails with {@link #PATIENT_NOT_FOUND} or {@link #INVALID_INPUT}. Systems without a chart API
   * fail with {@link #INVALID_INPUT}.
   */
  @ActivityMethod(name = "PracticeFileToChart")
  default String fileToChart(
      String patientRef, String documentId, String section, String queue, String idempotencyKey) {
    throw io.temporal.failure.ApplicationFailure.newNonRetryableFailure(
        "this practice system has no chart filing", INVALID_INPUT);
  }

  /**
   * Who acknowledged the filing in the chart (a provider or staff ref), or null while nobody has.
   * Read-only. Fails with {@link #INVALID_INPUT} for an unknown filing.
   */
  @ActivityMethod(name = "PracticeFilingAcknowledgedBy")
  default String filingAcknowledgedBy(String filingId) {
    return null;
  }
}
