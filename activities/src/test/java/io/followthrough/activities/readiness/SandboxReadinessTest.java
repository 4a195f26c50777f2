package io.followthrough.activities.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.followthrough.activities.practice.PatientRecord;
import io.followthrough.activities.practice.SandboxPracticeSystem;
import io.followthrough.activities.practice.SandboxReadiness;
import io.followthrough.practice.Slot;
import io.followthrough.practice.SlotWindow;
import io.followthrough.practice.Urgency;
import io.followthrough.readiness.ReadinessItems;
import io.followthrough.readiness.ReadinessRecord;
import io.temporal.failure.ApplicationFailure;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxReadinessTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), ZoneOffset.UTC);

  final SandboxPracticeSystem practice = SandboxPracticeSystem.demo(42L, CLOCK);

  Slot slot(String specialty) {
    Instant now = CLOCK.instant();
    return practice
        .findSlots(specialty, Urgency.ROUTINE, new SlotWindow(now, now.plus(Duration.ofDays(20))))
        .get(0);
  }

  @Test
  void demoPatientsAreMostlyCompleteAndSomeMissItems() {
    List<PatientRecord> patients = practice.patients();
    long complete =
        patients.stream()
            .filter(p -> SandboxReadiness.demoDefaults(p).equals(ReadinessItems.ON_FILE))
            .count();
    assertTrue(complete > patients.size() / 3, "complete: " + complete);
    assertEquals(
        List.of("insurance_card", "referral", "authorization"),
        practice.readiness().onFile("pt-0003").stream()
            .filter(i -> !ReadinessItems.PATIENT_ITEMS.contains(i) || i.equals("insurance_card"))
            .toList());
    assertFalse(practice.readiness().onFile("pt-0003").contains(ReadinessItems.INTAKE_FORMS));
  }

  @Test
  void theRecordOfAVisitShowsItsSpecialtyAndWhatIsOnFile() {
    Slot slot = slot("orthopedics");
    String appt = practice.book("pt-0003", slot.slotId(), "demo-1").appointmentId();
    SandboxReadinessActivities activities = new SandboxReadinessActivities(practice);

    ReadinessRecord r = activities.readiness(appt);
    assertEquals("orthopedics", r.specialty());
    assertEquals(slot.start(), r.start());
    assertFalse(r.onFile().contains(ReadinessItems.INTAKE_FORMS));

    practice.readiness().complete("pt-0003", ReadinessItems.INTAKE_FORMS);
    practice.readiness().complete("pt-0003", ReadinessItems.INTAKE_FORMS); // twice: no change
    assertTrue(activities.readiness(appt).onFile().contains(ReadinessItems.INTAKE_FORMS));
    assertEquals(List.of(appt), practice.readiness().bookedAppointments("pt-0003"));

    ApplicationFailure f =
        assertThrows(ApplicationFailure.class, () -> activities.readiness("appt-none"));
    assertEquals("AppointmentNotFound", f.getType());
  }

  @Test
  void aReferralOutcomesBookingHasItsReferralOnFile() {
    Slot slot = slot("cardiology");
    assertFalse(practice.readiness().onFile("pt-0007").contains(ReadinessItems.REFERRAL));
    String appt =
        practice.book("pt-0007", slot.slotId(), "referral/abc:scheduling:1").appointmentId();
    assertTrue(practice.readiness().record(appt).onFile().contains(ReadinessItems.REFERRAL));
  }

  @Test
  void changesAreSavedAndOldSnapshotsLoad(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sandbox.json");
    SandboxPracticeSystem first = SandboxPracticeSystem.persistent(file, 42L, CLOCK);
    first.readiness().complete("pt-0003", ReadinessItems.PHOTO_ID);
    assertTrue(
        SandboxPracticeSystem.persistent(file, 42L, CLOCK)
            .readiness()
            .onFile("pt-0003")
            .contains(ReadinessItems.PHOTO_ID));

    // A snapshot written before intake readiness existed.
    ObjectMapper json = new ObjectMapper();
    ObjectNode state = (ObjectNode) json.readTree(file.toFile());
    state.remove("readinessOnFile");
    json.writeValue(file.toFile(), state);
    SandboxPracticeSystem old = SandboxPracticeSystem.persistent(file, 42L, CLOCK);
    assertFalse(old.readiness().onFile("pt-0003").contains(ReadinessItems.PHOTO_ID));
    old.readiness().complete("pt-0003", ReadinessItems.PHOTO_ID);
  }
}
