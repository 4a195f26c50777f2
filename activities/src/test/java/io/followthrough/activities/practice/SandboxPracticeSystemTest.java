package io.followthrough.activities.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.practice.Appointment;
import io.followthrough.practice.AppointmentStatus;
import io.followthrough.practice.CoverageState;
import io.followthrough.practice.CoverageStatus;
import io.followthrough.practice.NewPatient;
import io.followthrough.practice.PatientQuery;
import io.followthrough.practice.PracticeActivities;
import io.followthrough.practice.Slot;
import io.followthrough.practice.SlotWindow;
import io.followthrough.practice.Urgency;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class SandboxPracticeSystemTest {
  static final SlotWindow WEEK =
      new SlotWindow(Fixtures.NOW, Fixtures.NOW.plus(Duration.ofDays(7)));
  final SandboxPracticeSystem practice = Fixtures.system();

  static void assertRefused(String code, Executable call) {
    assertEquals(code, assertThrows(PracticeException.class, call).code());
  }

  @Test
  void coverageActiveInactiveAndUnknown() {
    assertEquals(
        new CoverageStatus(CoverageState.ACTIVE, "eligible"),
        practice.checkCoverage("pt-0001", "aetna", "AET0001"));
    assertEquals(
        new CoverageStatus(CoverageState.INACTIVE, "terminated"),
        practice.checkCoverage("pt-0003", null, null));
    assertEquals(
        new CoverageStatus(CoverageState.UNKNOWN, "payer-mismatch"),
        practice.checkCoverage("pt-0001", "cigna", null));
    assertEquals(
        new CoverageStatus(CoverageState.UNKNOWN, "member-not-found"),
        practice.checkCoverage("pt-0001", "AETNA", "AET9999"));
    assertRefused(
        PracticeActivities.PATIENT_NOT_FOUND, () -> practice.checkCoverage("pt-9999", null, null));
  }

  @Test
  void demoCoverageHasInactiveAndUnconnectedPayers() {
    SandboxPracticeSystem demo = SandboxPracticeSystem.demo(42, Fixtures.CLOCK);
    List<CoverageState> states =
        demo.patients().stream().map(p -> demo.checkCoverage(p.ref(), null, null).state()).toList();
    assertTrue(states.contains(CoverageState.INACTIVE));
    assertTrue(states.contains(CoverageState.ACTIVE));
    assertTrue(states.contains(CoverageState.UNKNOWN));
  }

  @Test
  void findSlotsHidesUrgentHoldsPastAndBookedSlots() {
    List<String> routine = ids(practice.findSlots("cardiology", Urgency.ROUTINE, WEEK));
    assertEquals(List.of("slot-00002", "slot-00003"), routine, "no urgent hold, none in the past");
    List<String> urgent = ids(practice.findSlots("cardiology", Urgency.URGENT, WEEK));
    assertEquals(List.of("slot-00001", "slot-00002", "slot-00003"), urgent);
    practice.book("pt-0001", "slot-00002", "k1");
    assertEquals(
        List.of("slot-00003"), ids(practice.findSlots("cardiology", Urgency.ROUTINE, WEEK)));
    assertRefused(
        PracticeActivities.INVALID_INPUT,
        () -> practice.findSlots("astrology", Urgency.ROUTINE, WEEK));
    assertRefused(
        PracticeActivities.INVALID_INPUT,
        () ->
            practice.findSlots(
                "cardiology", Urgency.ROUTINE, new SlotWindow(Fixtures.NOW, Fixtures.NOW)));
  }

  @Test
  void bookingIsIdempotentByKeyAndATakenSlotIsRefused() {
    Appointment first = practice.book("pt-0001", "slot-00002", "referral/fax-1:book:1");
    Appointment again = practice.book("pt-0001", "slot-00002", "referral/fax-1:book:1");
    assertEquals(first, again);
    assertRefused(
        PracticeActivities.SLOT_TAKEN,
        () -> practice.book("pt-0002", "slot-00002", "referral/fax-2:book:1"));
    assertRefused(
        PracticeActivities.INVALID_INPUT,
        () -> practice.book("pt-0001", "slot-00003", "referral/fax-1:book:1"));
    assertRefused(
        PracticeActivities.SLOT_NOT_FOUND, () -> practice.book("pt-0001", "slot-x", "k2"));
    assertRefused(
        PracticeActivities.PATIENT_NOT_FOUND, () -> practice.book("pt-9999", "slot-00003", "k3"));
    assertRefused(
        PracticeActivities.INVALID_INPUT, () -> practice.book("pt-0001", "slot-00004", "k4"));
    assertRefused(
        PracticeActivities.INVALID_INPUT, () -> practice.book("pt-0001", "slot-00003", null));
  }

  @Test
  void lifecycleEventsAndTransitions() {
    List<PracticeEvent> events = new ArrayList<>();
    practice.addListener(events::add);
    Appointment kept = practice.book("pt-0001", "slot-00002", "k1");
    practice.markArrived(kept.appointmentId());
    assertEquals(
        AppointmentStatus.CHECKED_OUT, practice.markCheckedOut(kept.appointmentId()).status());
    assertRefused(
        PracticeActivities.INVALID_TRANSITION, () -> practice.cancel(kept.appointmentId(), "late"));

    Appointment missed = practice.book("pt-0002", "slot-00003", "k2");
    practice.markNoShow(missed.appointmentId());
    assertRefused(
        PracticeActivities.INVALID_TRANSITION, () -> practice.markArrived(missed.appointmentId()));
    assertEquals(
        List.of(
            PracticeEventType.BOOKED,
            PracticeEventType.ARRIVED,
            PracticeEventType.CHECKED_OUT,
            PracticeEventType.BOOKED,
            PracticeEventType.NO_SHOW),
        events.stream().map(PracticeEvent::type).toList());
    assertRefused(PracticeActivities.APPOINTMENT_NOT_FOUND, () -> practice.markArrived("appt-9"));
  }

  @Test
  void cancellationFreesTheSlotOnceAndIsIdempotent() {
    List<PracticeEvent> events = new ArrayList<>();
    practice.addListener(events::add);
    Appointment a = practice.book("pt-0001", "slot-00002", "k1");
    Appointment cancelled = practice.cancel(a.appointmentId(), "patient-declined", "c1");
    assertEquals(AppointmentStatus.CANCELLED, cancelled.status());
    assertEquals(cancelled, practice.cancel(a.appointmentId(), "patient-declined", "c1"));
    assertEquals(cancelled, practice.cancel(a.appointmentId(), "staff"), "already cancelled");
    assertEquals(1, events.stream().filter(e -> e.type() == PracticeEventType.CANCELLED).count());
    assertEquals("patient-declined", events.get(1).reasonCode());
    Appointment rebooked = practice.book("pt-0002", "slot-00002", "k2");
    assertNotEquals(a.appointmentId(), rebooked.appointmentId());
  }

  @Test
  void appointmentsRememberTheWorkflowTheirKeyNames() {
    List<PracticeEvent> events = new ArrayList<>();
    practice.addListener(events::add);
    Appointment owned =
        practice.book("pt-0001", "slot-00002", "referral/abc:schedule:1", "self-scheduled");
    Appointment loose = practice.book("pt-0002", "slot-00003", "demo-1");
    practice.markArrived(owned.appointmentId());
    practice.markNoShow(loose.appointmentId());

    assertEquals("referral/abc", practice.workflowOf(owned.appointmentId()).orElseThrow());
    assertTrue(practice.workflowOf(loose.appointmentId()).isEmpty());
    assertEquals(List.of(owned.appointmentId()), ids(practice.appointmentsOf("referral/abc")));
    assertEquals(
        List.of("referral/abc", "-", "referral/abc", "-"),
        events.stream().map(e -> e.workflowId() == null ? "-" : e.workflowId()).toList());
    assertEquals("self-scheduled", events.get(0).reasonCode());
    assertEquals(null, events.get(1).reasonCode());
  }

  @Test
  void snapshotWithoutWorkflowTableStillOpens(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sandbox.json");
    SandboxPracticeSystem.persistent(file, 42, Fixtures.CLOCK);
    String json = java.nio.file.Files.readString(file);
    assertTrue(json.contains("\"appointmentWorkflows\":{}"), "written by this version");
    java.nio.file.Files.writeString(file, json.replace(",\"appointmentWorkflows\":{}", ""));

    SandboxPracticeSystem older = SandboxPracticeSystem.persistent(file, 42, Fixtures.CLOCK);
    Slot slot = older.findSlots("neurology", Urgency.URGENT, WEEK).get(0);
    Appointment a = older.book("pt-0003", slot.slotId(), "referral/x:schedule:1");
    assertEquals("referral/x", older.workflowOf(a.appointmentId()).orElseThrow());
  }

  @Test
  void createPatientIsIdempotentAndMatchable() {
    NewPatient p =
        new NewPatient(
            "Lena",
            "Okafor",
            LocalDate.of(1988, 2, 29),
            "(602) 555-0177",
            "es",
            "America/Phoenix",
            "Cigna",
            "CIG123");
    String ref = practice.createPatient(p, "intake/fax-9:create-patient:1");
    assertEquals(ref, practice.createPatient(p, "intake/fax-9:create-patient:1"));
    assertEquals(6, practice.patients().size());
    assertEquals(
        ref,
        practice
            .matchPatient(new PatientQuery("lena", "okafor", LocalDate.of(1988, 2, 29), null, null))
            .patientRef());
    assertEquals("+16025550177", practice.patient(ref).orElseThrow().phone());
    assertEquals(CoverageState.ACTIVE, practice.checkCoverage(ref, "cigna", "CIG123").state());
    PracticeException bad =
        assertThrows(
            PracticeException.class,
            () ->
                practice.createPatient(
                    new NewPatient(
                        "Lena", "Okafor", LocalDate.of(2099, 1, 1), null, null, null, null, null),
                    "k"));
    assertEquals(PracticeActivities.INVALID_INPUT, bad.code());
    assertFalse(bad.getMessage().contains("2099"));
    assertRefused(
        PracticeActivities.INVALID_INPUT,
        () ->
            practice.createPatient(
                new NewPatient(
                    "A", "B", LocalDate.of(1990, 1, 1), "555-12", null, null, null, null),
                "k5"));
    assertRefused(
        PracticeActivities.INVALID_INPUT,
        () ->
            practice.createPatient(
                new NewPatient(
                    "A", "B", LocalDate.of(1990, 1, 1), null, null, "Mars/Base", null, null),
                "k6"));
  }

  @Test
  void waitlistUrgentFirstThenOldestAndNoDuplicates() {
    var first = practice.addToWaitlist("pt-0001", "cardiology", Urgency.ROUTINE, "w1");
    practice.addToWaitlist("pt-0002", "cardiology", Urgency.URGENT, "w2");
    assertEquals(first, practice.addToWaitlist("pt-0001", "cardiology", Urgency.ROUTINE, "w3"));
    assertEquals(
        List.of("pt-0002", "pt-0001"),
        practice.waitlist("cardiology").stream().map(e -> e.patientRef()).toList());
    assertRefused(
        PracticeActivities.PATIENT_NOT_FOUND,
        () -> practice.addToWaitlist("pt-9999", "cardiology", Urgency.ROUTINE, "w4"));
  }

  @Test
  void snapshotSurvivesARestart(@TempDir Path dir) {
    Path file = dir.resolve("practice/sandbox.json");
    SandboxPracticeSystem first = SandboxPracticeSystem.persistent(file, 42, Fixtures.CLOCK);
    Slot slot =
        first
            .findSlots(
                "neurology",
                Urgency.ROUTINE,
                new SlotWindow(Fixtures.NOW, Fixtures.NOW.plus(Duration.ofDays(28))))
            .get(0);
    Appointment a = first.book("pt-0003", slot.slotId(), "k1");

    SandboxPracticeSystem second = SandboxPracticeSystem.persistent(file, 99, Fixtures.CLOCK);
    assertEquals(a, second.appointment(a.appointmentId()).orElseThrow());
    assertEquals(a, second.book("pt-0003", slot.slotId(), "k1"), "keys survive too");
    assertRefused(PracticeActivities.SLOT_TAKEN, () -> second.book("pt-0004", slot.slotId(), "k2"));
    assertEquals(
        first.patients().get(0).lastName(),
        second.patients().get(0).lastName(),
        "seed 99 ignored: the snapshot wins");
  }

  static List<String> ids(List<?> items) {
    return items.stream()
        .map(i -> i instanceof Slot s ? s.slotId() : ((Appointment) i).appointmentId())
        .toList();
  }
}
