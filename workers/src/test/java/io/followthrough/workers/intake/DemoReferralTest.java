package io.followthrough.workers.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.ai.DocumentIntakeActivitiesImpl;
import io.followthrough.activities.ai.LocalDocumentUnderstanding;
import io.followthrough.activities.documents.DocumentReaderSettings;
import io.followthrough.activities.documents.OcrDocumentReader;
import io.followthrough.activities.practice.PatientRecord;
import io.followthrough.activities.practice.SandboxPracticeSystem;
import io.followthrough.documents.DocumentFacts;
import io.followthrough.practice.CoverageState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated referral faxes of sandbox patients are read by the offline intake as complete referrals
 * naming that patient, office and specialty: what the dev demo and the end-to-end tests rely on.
 */
class DemoReferralTest {

  @Test
  void offlineIntakeReadsEveryFieldOfGeneratedReferrals(@TempDir Path dir) throws Exception {
    SandboxPracticeSystem practice =
        SandboxPracticeSystem.demo(
            42, Clock.fixed(Instant.parse("2026-03-02T14:00:00Z"), ZoneOffset.UTC));
    List<PatientRecord> patients = DemoReferral.schedulable(practice).stream().limit(5).toList();
    assertTrue(
        DemoReferral.schedulable(practice).stream()
            .allMatch(
                p -> practice.checkCoverage(p.ref(), null, null).state() == CoverageState.ACTIVE),
        "only patients whose coverage checks out");
    List<String> specialties =
        List.of("cardiology", "dermatology", "orthopedics", "gastroenterology", "neurology");
    DocumentIntakeActivitiesImpl intake = null;
    for (int i = 0; i < patients.size(); i++) {
      PatientRecord p = patients.get(i);
      DemoReferral referral =
          DemoReferral.of(
              p,
              specialties.get(i),
              DemoReferral.OFFICES.get(i % DemoReferral.OFFICES.size()),
              i == 4);
      byte[] pdf = DemoFaxes.referral(referral);
      assertArrayEquals(pdf, DemoFaxes.referral(referral), "the same referral, the same bytes");
      Path file = Files.write(dir.resolve("referral-" + i + ".pdf"), pdf);
      intake =
          new DocumentIntakeActivitiesImpl(
              id -> Optional.of(file),
              new OcrDocumentReader(DocumentReaderSettings.defaults()),
              LocalDocumentUnderstanding.offline());

      DocumentFacts facts = intake.understand("doc-" + i);

      String what = p.ref() + " " + facts;
      assertEquals("referral", facts.type(), what);
      assertTrue(facts.missingRequired().isEmpty(), what);
      assertFalse(facts.needsHuman(), what);
      assertEquals(referral.patientName(), facts.fields().get("patient_name").value(), what);
      assertEquals(p.dateOfBirth().toString(), facts.fields().get("dob").value(), what);
      assertEquals(referral.office().npi(), facts.fields().get("referring_npi").value(), what);
      assertTrue(
          facts.fields().get("specialty").value().equalsIgnoreCase(specialties.get(i)), what);
    }
    assertFalse(
        DemoReferral.of(patients.get(0), "neurology", DemoReferral.OFFICES.get(0), false)
            .toString()
            .contains(patients.get(0).lastName()),
        "no PHI in toString");
  }
}
