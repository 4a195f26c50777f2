package io.followthrough.activities.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.channels.Channel;
import io.followthrough.practice.Medication;
import io.followthrough.practice.VisitHistory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sandbox's prescriptions, visits and pharmacies for refill requests. */
class SandboxMedicationsTest {
  private final SandboxPracticeSystem practice =
      SandboxPracticeSystem.demo(
          42, Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), ZoneOffset.UTC));
  private static final LocalDate TODAY = LocalDate.parse("2026-03-02");

  @Test
  void demoPatientsForTheRefillDemo() {
    List<Medication> one = practice.medications("pt-0001");
    assertEquals(
        List.of("lisinopril", "atorvastatin"), one.stream().map(Medication::drug).toList());
    assertFalse(one.get(0).controlled());
    assertEquals("rx-0001-1", one.get(0).rxRef());
    assertEquals("pharm-01", one.get(0).pharmacyRef());
    assertEquals(TODAY.minusDays(45), practice.lastVisit("pt-0001").lastVisit());

    Medication alprazolam = practice.medications("pt-0002").get(0);
    assertTrue(alprazolam.controlled());
    assertEquals("IV", alprazolam.controlledSchedule());

    VisitHistory three = practice.lastVisit("pt-0003");
    assertEquals(TODAY.minusDays(500), three.lastVisit());
    assertEquals("prov-03", three.providerRef());
    assertTrue(three.specialty() != null);
  }

  @Test
  void everyDemoPatientHasPrescriptionsDerivedFromTheRef() {
    for (PatientRecord p : practice.patients()) {
      List<Medication> meds = practice.medications(p.ref());
      assertFalse(meds.isEmpty(), p.ref());
      assertEquals(meds, practice.medications(p.ref()), "deterministic");
      assertTrue(meds.stream().allMatch(m -> m.prescriberRef().startsWith("prov-")));
    }
    assertTrue(practice.medications("pt-0007").stream().anyMatch(Medication::controlled));
  }

  @Test
  void unknownPatientIsRefusedAndPharmaciesHaveFaxNumbers() {
    PracticeException e =
        assertThrows(PracticeException.class, () -> practice.medications("pt-9999"));
    assertEquals("PatientNotFound", e.code());
    assertEquals(
        "+13125550701", practice.contacts().address("pharm-01", Channel.FAX).orElseThrow());
    assertTrue(practice.contacts().address("pharm-01", Channel.SMS).isEmpty());
    assertTrue(practice.contacts().address("pharm-09", Channel.FAX).isEmpty());
  }
}
