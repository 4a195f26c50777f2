package io.followthrough.activities.refill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.followthrough.practice.Medication;
import io.followthrough.refill.MedicationMatch;
import io.followthrough.refill.MedicationMatchRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfflineMedicationMatcherTest {
  private static final List<Medication> MEDS =
      List.of(
          med("rx-1", "lisinopril", "10 mg", null),
          med("rx-2", "metformin", "500 mg", null),
          med("rx-3", "metformin", "1000 mg", null),
          med("rx-4", "alprazolam", "0.5 mg", "IV"),
          med("rx-5", "hydrochlorothiazide", "25 mg", null));

  private final OfflineMedicationMatcher matcher = new OfflineMedicationMatcher();

  private static Medication med(String rx, String drug, String strength, String schedule) {
    return new Medication(rx, "pt-1", drug, strength, schedule, "prov-01", null, "pharm-01");
  }

  private MedicationMatch fax(String drug, String strength) {
    return matcher.match(new MedicationMatchRequest(drug, strength, null, MEDS));
  }

  private MedicationMatch text(String text) {
    return matcher.match(new MedicationMatchRequest(null, null, text, MEDS));
  }

  @Test
  void faxFieldsMatchByNormalisedNameAndStrength() {
    assertEquals(
        new MedicationMatch("MATCHED", "rx-1", List.of("rx-1"), "name-strength"),
        fax("LISINOPRIL Tablets", "10MG"));
    assertEquals("rx-3", fax("Metformin HCl", "1000 mg").rxRef());
    assertEquals(
        new MedicationMatch("MATCHED", "rx-2", List.of("rx-2"), "name-strength"),
        fax("metformin", "500 mg"));
  }

  @Test
  void brandNamesAndNicknamesBecomeGenerics() {
    MedicationMatch xanax = text("hi can you refill my Xanax .5mg");
    assertEquals("MATCHED", xanax.status());
    assertEquals("rx-4", xanax.rxRef());
    assertEquals("brand-strength", xanax.basis());
    assertEquals("rx-5", text("I am out of my water pill").rxRef());
    assertEquals("rx-1", fax("Zestril", null).rxRef());
  }

  @Test
  void aOneLetterTypoInALongNameIsForgiven() {
    MedicationMatch m = text("need more lisinoprl please");
    assertEquals("MATCHED", m.status());
    assertEquals("fuzzy-name", m.basis());
    assertEquals("NONE", text("need more lisnoprl please").status(), "two edits: no guess");
  }

  @Test
  void twoStrengthsOfOneDrugAreAmbiguousUntilTheStrengthIsGiven() {
    MedicationMatch m = text("refill metformin please");
    assertEquals(new MedicationMatch("AMBIGUOUS", null, List.of("rx-2", "rx-3"), "name"), m);
    assertEquals("rx-3", text("refill metformin 1000mg please").rxRef());
  }

  @Test
  void twoDrugsInOneMessageAreAmbiguous() {
    assertEquals("AMBIGUOUS", text("lisinopril and alprazolam").status());
  }

  @Test
  void unknownDrugOrOtherStrengthIsNone() {
    MedicationMatch warfarin = fax("Coumadin", "5 mg");
    assertEquals("NONE", warfarin.status());
    assertEquals(List.of("rx-1", "rx-2", "rx-3", "rx-4", "rx-5"), warfarin.candidates());
    MedicationMatch other = fax("lisinopril", "20 mg");
    assertEquals(new MedicationMatch("NONE", null, List.of("rx-1"), "strength-differs"), other);
    assertEquals("NONE", text("").status());
    assertEquals(
        "NONE",
        matcher.match(new MedicationMatchRequest("lisinopril", null, null, List.of())).status());
  }

  @Test
  void strengthsNormalise() {
    assertEquals(
        List.of("10 mg", "0.5 mg", "100 mcg"), MedicationNames.strengths("10MG, .5 mg, 100µg"));
    assertEquals("lisinopril", MedicationNames.words("  Lisinopril, "));
  }
}
