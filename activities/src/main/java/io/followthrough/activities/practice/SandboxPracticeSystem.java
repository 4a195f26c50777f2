package io.followthrough.activities.practice;

import io.followthrough.activities.channels.RecipientDirectory;
import io.followthrough.practice.Appointment;
import io.followthrough.practice.AppointmentStatus;
import io.followthrough.practice.CoverageStatus;
import io.followthrough.practice.NewPatient;
import io.followthrough.practice.PatientMatch;
import io.followthrough.practice.PatientQuery;
import io.followthrough.practice.Slot;
import io.followthrough.practice.SlotWindow;
import io.followthrough.practice.Urgency;
import io.followthrough.practice.WaitlistCandidate;
import io.followthrough.practice.WaitlistEntry;
import io.followthrough.practice.WaitlistPreferences;
import io.followthrough.sdk.IdempotencyKeys;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An in-memory practice management system for development, demos and tests: patients, providers,
 * slots, appointments and a waitlist, seeded by {@link DemoData}. Thread-safe: every operation runs
 * under one lock, so booking is atomic (of concurrent bookings of a slot exactly one wins). With a
 * snapshot file, every change is saved and a restart resumes from it. Refusals are {@link
 * PracticeException}s whose code is a {@code PracticeActivities} failure type.
 *
 * <p>Staff and patient actions ({@link #markArrived}, {@link #markCheckedOut}, {@link #markNoShow},
 * {@link #cancel}) are hooks for an HTTP layer; each change is published to the {@link
 * PracticeEventListener}s.
 */
public final class SandboxPracticeSystem {
  private final GuardedState state;
  private final Clock clock;
  private final PracticeEvents events = new PracticeEvents();

  private SandboxPracticeSystem(
      SandboxState state, Clock clock, SnapshotFile<SandboxState> snapshot) {
    this.state = new GuardedState(state, snapshot);
    this.clock = clock;
  }

  /** A practice holding {@code data}, kept in memory only. */
  public static SandboxPracticeSystem inMemory(PracticeData data, Clock clock) {
    return new SandboxPracticeSystem(SandboxState.of(data), clock, null);
  }

  /** Demo data from {@code seed} with slots from tomorrow (practice time), in memory only. */
  public static SandboxPracticeSystem demo(long seed, Clock clock) {
    return inMemory(DemoData.generate(seed, tomorrow(clock)), clock);
  }

  /**
   * Resumes from {@code snapshotFile} if it exists, else starts from demo data of {@code seed};
   * every change is saved to the file.
   */
  public static SandboxPracticeSystem persistent(Path snapshotFile, long seed, Clock clock) {
    SnapshotFile<SandboxState> snapshot = new SnapshotFile<>(snapshotFile, SandboxState.class);
    SandboxState state =
        snapshot.exists()
            ? snapshot.read()
            : SandboxState.of(DemoData.generate(seed, tomorrow(clock)));
    SandboxPracticeSystem system = new SandboxPracticeSystem(state, clock, snapshot);
    snapshot.write(state);
    return system;
  }

  public void addListener(PracticeEventListener listener) {
    events.add(listener);
  }

  public PatientMatch matchPatient(PatientQuery query) {
    return read(s -> PatientMatcher.match(s.patients().values(), query));
  }

  public String createPatient(NewPatient patient, String idempotencyKey) {
    return write(
        s ->
            s.once(
                idempotencyKey,
                "create-patient",
                List.of(patient),
                () -> Registration.register(s, patient, LocalDate.now(clock.withZone(s.zone())))));
  }

  public CoverageStatus checkCoverage(String patientRef, String payer, String memberId) {
    return read(s -> Registration.coverage(s.patient(patientRef), payer, memberId));
  }

  public List<Slot> findSlots(String specialty, Urgency urgency, SlotWindow window) {
    return read(s -> Scheduling.freeSlots(s, specialty, urgency, window, clock.instant()));
  }

  /**
   * Books {@code slotId} for the patient at most once per key. A key of the shape {@code
   * <workflowId>:<stage>:<step>} makes the appointment that workflow's: its events name it.
   */
  public Appointment book(String patientRef, String slotId, String idempotencyKey) {
    return book(patientRef, slotId, idempotencyKey, null);
  }

  /**
   * {@link #book(String, String, String)} with a reason code for the {@code BOOKED} event, e.g.
   * {@code self-scheduled} or {@code staff} (not part of the idempotency check).
   */
  public Appointment book(
      String patientRef, String slotId, String idempotencyKey, String reasonCode) {
    String workflowId = IdempotencyKeys.workflowIdOf(idempotencyKey).orElse(null);
    List<PracticeEvent> changes = new ArrayList<>();
    Appointment appointment =
        write(
            s ->
                s.appointment(
                    s.once(
                        idempotencyKey,
                        "book",
                        List.of(String.valueOf(patientRef), String.valueOf(slotId)),
                        () ->
                            Scheduling.book(
                                s,
                                patientRef,
                                slotId,
                                reasonCode,
                                workflowId,
                                clock.instant(),
                                changes))));
    publish(changes);
    return appointment;
  }

  /** The outcome workflow an appointment belongs to, if its booking named one. */
  public Optional<String> workflowOf(String appointmentId) {
    return read(s -> Optional.ofNullable(s.appointmentWorkflows().get(appointmentId)));
  }

  /** The appointments booked for {@code workflowId}, oldest first. */
  public List<Appointment> appointmentsOf(String workflowId) {
    return read(
        s ->
            s.appointmentWorkflows().entrySet().stream()
                .filter(e -> e.getValue().equals(workflowId))
                .map(e -> s.appointments().get(e.getKey()))
                .toList());
  }

  public Optional<Appointment> appointment(String appointmentId) {
    return read(s -> Optional.ofNullable(s.appointments().get(appointmentId)));
  }

  /** Cancels (patient or staff); a cancelled appointment is returned unchanged. Frees the slot. */
  public Appointment cancel(String appointmentId, String reasonCode) {
    return change(appointmentId, AppointmentStatus.CANCELLED, reasonCode);
  }

  /** {@link #cancel} at most once per idempotency key (the activity's path). */
  public Appointment cancel(String appointmentId, String reasonCode, String idempotencyKey) {
    List<PracticeEvent> changes = new ArrayList<>();
    Appointment appointment =
        write(
            s ->
                s.appointment(
                    s.once(
                        idempotencyKey,
                        "cancel",
                        List.of(String.valueOf(appointmentId), String.valueOf(reasonCode)),
                        () ->
                            Scheduling.transition(
                                    s,
                                    appointmentId,
                                    AppointmentStatus.CANCELLED,
                                    reasonCode,
                                    clock.instant(),
                                    changes)
                                .appointmentId())));
    publish(changes);
    return appointment;
  }

  /** The patient checked in at the front desk. */
  public Appointment markArrived(String appointmentId) {
    return change(appointmentId, AppointmentStatus.ARRIVED, null);
  }

  /** The visit ended: the appointment was kept. */
  public Appointment markCheckedOut(String appointmentId) {
    return change(appointmentId, AppointmentStatus.CHECKED_OUT, null);
  }

  /** The patient did not come. */
  public Appointment markNoShow(String appointmentId) {
    return change(appointmentId, AppointmentStatus.NO_SHOW, null);
  }

  public WaitlistEntry addToWaitlist(
      String patientRef, String specialty, Urgency urgency, String idempotencyKey) {
    String entryId =
        write(
            s ->
                s.once(
                    idempotencyKey,
                    "waitlist",
                    List.of(
                        String.valueOf(patientRef),
                        String.valueOf(specialty),
                        String.valueOf(urgency)),
                    () ->
                        Scheduling.addToWaitlist(
                            s, patientRef, specialty, urgency, clock.instant())));
    return read(s -> s.waitlist().stream().filter(e -> e.entryId().equals(entryId)).findFirst())
        .orElseThrow();
  }

  public List<WaitlistEntry> waitlist(String specialty) {
    return read(s -> Scheduling.waitlist(s, specialty));
  }

  public Optional<PatientRecord> patient(String patientRef) {
    return read(s -> Optional.ofNullable(s.patients().get(patientRef)));
  }

  public List<PatientRecord> patients() {
    return read(s -> List.copyOf(s.patients().values()));
  }

  public List<Provider> providers() {
    return read(s -> List.copyOf(s.providers().values()));
  }

  /** Contact addresses of patients and providers, for channel adapters. */
  public RecipientDirectory contacts() {
    return (ref, channel) -> read(s -> Contacts.address(s, ref, channel));
  }

  private Appointment change(String appointmentId, AppointmentStatus to, String reasonCode) {
    List<PracticeEvent> changes = new ArrayList<>();
    Appointment appointment =
        write(
            s -> Scheduling.transition(s, appointmentId, to, reasonCode, clock.instant(), changes));
    publish(changes);
    return appointment;
  }

  private <T> T read(Function<SandboxState, T> query) {
    return state.read(query);
  }

  private <T> T write(Function<SandboxState, T> change) {
    return state.write(change);
  }

  private void publish(List<PracticeEvent> changes) {
    events.publish(changes);
  }

  private static LocalDate tomorrow(Clock clock) {
    return LocalDate.now(clock.withZone(DemoData.PRACTICE_ZONE)).plusDays(1);
  }

  /** The patient's active prescriptions (sandbox data, see {@code MedicationRecords}). */
  public List<io.followthrough.practice.Medication> medications(String patientRef) {
    LocalDate today = LocalDate.now(clock.withZone(DemoData.PRACTICE_ZONE));
    return read(s -> MedicationRecords.medications(s, patientRef, today));
  }

  /** When the patient was last seen (sandbox data, see {@code MedicationRecords}). */
  public io.followthrough.practice.VisitHistory lastVisit(String patientRef) {
    LocalDate today = LocalDate.now(clock.withZone(DemoData.PRACTICE_ZONE));
    return read(s -> MedicationRecords.lastVisit(s, patientRef, today));
  }

  /** Intake-readiness items on file per patient ({@link SandboxReadiness}). */
  public SandboxReadiness readiness() {
    return new SandboxReadiness(state);
  }

  /** A slot by id, free or not (cancellation recovery). */
  public Slot slot(String slotId) {
    return read(s -> WaitlistFits.slot(s, slotId));
  }

  /** The specialty's waitlist with fit preferences, without patients already booked in it. */
  public List<WaitlistCandidate> waitlistCandidates(String specialty) {
    return read(s -> WaitlistFits.candidates(s, specialty));
  }

  /** {@link #addToWaitlist(String, String, Urgency, String)} that also records fit preferences. */
  public WaitlistEntry addToWaitlist(
      String patientRef,
      String specialty,
      Urgency urgency,
      WaitlistPreferences preferences,
      String idempotencyKey) {
    String entryId =
        write(
            s ->
                s.once(
                    idempotencyKey,
                    "waitlist-with-preferences",
                    List.of(
                        String.valueOf(patientRef),
                        String.valueOf(specialty),
                        String.valueOf(urgency),
                        String.valueOf(preferences)),
                    () ->
                        WaitlistFits.add(
                            s, patientRef, specialty, urgency, preferences, clock.instant())));
    return read(s -> s.waitlist().stream().filter(e -> e.entryId().equals(entryId)).findFirst())
        .orElseThrow();
  }

  /** The provider with {@code npi}, else the only one named {@code name}; null when none. */
  public String findProvider(String npi, String name) {
    return read(s -> Charts.findProvider(s, npi, name));
  }

  /** Files a document to the patient's chart at most once per key; returns the filing id. */
  public String fileToChart(
      String patientRef, String documentId, String section, String queue, String idempotencyKey) {
    return write(
        s ->
            Charts.file(
                s, patientRef, documentId, section, queue, idempotencyKey, clock.instant()));
  }

  /** The filing, if it exists. */
  public Optional<ChartFiling> filing(String filingId) {
    return read(s -> Optional.ofNullable(s.filings().get(filingId)));
  }

  /** Every filing, oldest first. */
  public List<ChartFiling> filings() {
    return read(s -> List.copyOf(s.filings().values()));
  }

  /**
   * A provider (or staff member) acknowledges a filed document; the first acknowledgement holds.
   */
  public ChartFiling acknowledgeFiling(String filingId, String by) {
    return write(s -> Charts.acknowledge(s, filingId, by, clock.instant()));
  }
}
