package io.followthrough.activities.drafting.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.drafting.local.LocalDrafting;
import io.followthrough.drafting.TriageDecision;
import io.followthrough.drafting.TriageRequest;
import io.followthrough.practice.Urgency;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriagePolicyTest {
  final LocalDrafting local = LocalDrafting.bundled();

  TriageDecision triage(String specialty, Map<String, String> facts) {
    return local.triage(new TriageRequest(specialty, facts));
  }

  void assertDecision(
      Urgency urgency, String reason, double confidence, String specialty, Map<String, String> f) {
    TriageDecision d = triage(specialty, f);
    assertEquals(urgency, d.urgency(), f.toString());
    assertEquals(reason, d.reasonCode(), f.toString());
    assertEquals(confidence, d.confidence(), 1e-9, f.toString());
    assertEquals("local/policy-table/triage-policy@1", d.provenance().code());
  }

  @Test
  void aFormMarkedUrgentIsUrgentInAnySpecialty() {
    assertDecision(
        Urgency.URGENT, "marked-urgent", 0.95, "dermatology", Map.of("urgency", "URGENT"));
    assertDecision(Urgency.URGENT, "marked-urgent", 0.95, "urology", Map.of("urgency", "stat"));
    assertDecision(
        Urgency.URGENT, "marked-urgent", 0.95, "neurology", Map.of("urgency", "Urgente"));
  }

  @Test
  void redFlagDiagnosesArePerSpecialty() {
    assertDecision(
        Urgency.URGENT, "red-flag-diagnosis", 0.90, "cardiology", Map.of("icd10", "E11.65, I20.0"));
    assertDecision(
        Urgency.URGENT, "red-flag-diagnosis", 0.90, "neurology", Map.of("diagnosis_code", "g45.9"));
    assertDecision(
        Urgency.URGENT, "red-flag-diagnosis", 0.90, "gastroenterology", Map.of("icd10", "K92.1"));
    assertDecision(
        Urgency.ROUTINE, "routine-default", 0.70, "dermatology", Map.of("icd10", "I20.0"));
    assertDecision(
        Urgency.ROUTINE, "routine-default", 0.70, "cardiology", Map.of("icd10", "I20.9"));
  }

  @Test
  void redFlagWordsCountUnlessNegated() {
    assertDecision(
        Urgency.URGENT,
        "red-flag-reason",
        0.80,
        "cardiology",
        Map.of("reason", "Episode of syncope while walking"));
    assertDecision(
        Urgency.ROUTINE,
        "routine-default",
        0.70,
        "cardiology",
        Map.of("reason", "Palpitations; denies syncope. No chest pain at rest."));
    assertDecision(
        Urgency.URGENT,
        "red-flag-reason",
        0.80,
        "orthopedics",
        Map.of("reason", "Back pain with saddle anesthesia"));
  }

  @Test
  void signalsAddUpAndAConflictingRoutineMarkLowersConfidence() {
    TriageDecision both =
        triage(
            "cardiology",
            Map.of("urgency", "urgent", "icd10", "I21.4", "reason", "chest pain at rest"));
    assertEquals("marked-urgent", both.reasonCode());
    assertEquals(0.99, both.confidence(), 1e-9, "0.95 + 2 x 0.04, capped");
    assertDecision(
        Urgency.URGENT,
        "red-flag-diagnosis",
        0.75,
        "neurology",
        Map.of("urgency", "Routine", "icd10", "I63.9"));
  }

  @Test
  void routineWhenMarkedSoOrWhenNothingSaysOtherwise() {
    assertDecision(
        Urgency.ROUTINE, "marked-routine", 0.90, "cardiology", Map.of("urgency", "routine"));
    assertDecision(
        Urgency.ROUTINE, "marked-routine", 0.90, "cardiology", Map.of("urgency", "non-urgent"));
    assertDecision(Urgency.ROUTINE, "routine-default", 0.70, "cardiology", Map.of());
    assertDecision(Urgency.ROUTINE, "routine-default", 0.70, null, Map.of("reason", "follow-up"));
  }

  @Test
  void theTableIsCheckedWhenRead() {
    String bad =
        "@version 1\nsometimes | * | x | y | 0.5\ndefault | * | - | routine-default | 0.7\n";
    IllegalStateException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalStateException.class, () -> TriagePolicy.parse(bad));
    assertTrue(e.getMessage().contains("unknown kind sometimes"));
  }
}
