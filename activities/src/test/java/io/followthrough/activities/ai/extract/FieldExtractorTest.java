package io.followthrough.activities.ai.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.ai.DocumentType;
import io.followthrough.activities.ai.FieldValue;
import io.followthrough.activities.documents.PageText;
import io.followthrough.activities.documents.ReadDocument;
import io.followthrough.activities.documents.TextSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldExtractorTest {
  private final FieldExtractor extractor =
      new FieldExtractor(Clock.fixed(Instant.parse("2026-11-20T00:00:00Z"), ZoneOffset.UTC));

  private static ReadDocument doc(TextSource source, double conf, String... pages) {
    PageText[] p = new PageText[pages.length];
    for (int i = 0; i < pages.length; i++) {
      p[i] = new PageText(i + 1, pages[i], source, conf, 0);
    }
    return new ReadDocument("id", "application/pdf", List.of(p));
  }

  @Test
  void readsSectionedReferralWithGenericLabels() {
    String page =
        String.join(
            "\n",
            "REFERRAL FORM",
            "PATIENT INFORMATION",
            "Name: Maria Garcia",
            "DOB: 03/14/1962 Sex: F",
            "Phone: (608) 555-0147",
            "REFERRING PROVIDER",
            "Name: Dr. Alice Jones, MD",
            "NPI: 1234567893",
            "Phone: 608.555.0100 Fax: 608-555-0101",
            "ICD-10: I20.9, E11.65");
    Map<String, FieldValue> f =
        extractor.extract(DocumentType.REFERRAL, doc(TextSource.TEXT_LAYER, 1, page));
    assertEquals("Maria Garcia", f.get("patient_name").value());
    assertEquals("1962-03-14", f.get("dob").value());
    assertEquals("F", f.get("sex").value());
    assertEquals("+16085550147", f.get("phone").value());
    assertEquals("Alice Jones", f.get("referring_provider").value());
    assertEquals("1234567893", f.get("referring_npi").value());
    assertEquals("+16085550100", f.get("referring_phone").value());
    assertEquals("+16085550101", f.get("referring_fax").value());
    assertEquals("I20.9, E11.65", f.get("icd10").value());
    FieldValue name = f.get("patient_name");
    assertEquals("Maria Garcia", page.substring(name.evidence().start(), name.evidence().end()));
  }

  @Test
  void failedNpiChecksumIsInvalidAndLowConfidence() {
    FieldValue npi =
        extractor
            .extract(
                DocumentType.REFERRAL, doc(TextSource.TEXT_LAYER, 1, "Referring NPI: 1234567890"))
            .get("referring_npi");
    assertFalse(npi.valid());
    assertEquals("npi_checksum_failed", npi.check());
    assertTrue(npi.confidence() < 0.5);
  }

  @Test
  void undoesOcrConfusionsInDigitFieldsButLowersConfidence() {
    Map<String, FieldValue> f =
        extractor.extract(
            DocumentType.REFERRAL,
            doc(TextSource.OCR, 0.9, "Referring NPl: l234567893\nPatient Phone: (6O8) 555-Ol47"));
    assertEquals("1234567893", f.get("referring_npi").value());
    assertEquals("+16085550147", f.get("phone").value());
    assertTrue(f.get("phone").confidence() < 0.9);
  }

  @Test
  void implausibleBirthDateIsInvalid() {
    FieldValue dob =
        extractor
            .extract(DocumentType.LAB_RESULT, doc(TextSource.TEXT_LAYER, 1, "DOB: 01/02/2031"))
            .get("dob");
    assertFalse(dob.valid());
    assertEquals("date_implausible", dob.check());
  }

  @Test
  void conflictingReadingsAreNotTrusted() {
    FieldValue name =
        extractor
            .extract(
                DocumentType.LAB_RESULT,
                doc(TextSource.TEXT_LAYER, 1, "Patient Name: Ann Lee", "Patient Name: Bob Ray"))
            .get("patient_name");
    assertEquals("conflicting_values", name.check());
    assertTrue(name.confidence() <= 0.6);
  }

  @Test
  void labelInsideLongerLabelIsIgnored() {
    Map<String, FieldValue> f =
        extractor.extract(
            DocumentType.REFERRAL,
            doc(TextSource.TEXT_LAYER, 1, "Receiving Provider NPI: 1234567893"));
    assertNull(f.get("referring_npi"));
  }

  @Test
  void checkedBoxDecidesUrgency() {
    FieldValue u =
        extractor
            .extract(
                DocumentType.REFERRAL,
                doc(TextSource.TEXT_LAYER, 1, "Urgency: [ ] Routine [X] Urgent [ ] STAT"))
            .get("urgency");
    assertEquals("urgent", u.value());
  }
}
