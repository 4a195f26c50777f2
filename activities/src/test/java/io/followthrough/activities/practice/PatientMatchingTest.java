package io.followthrough.activities.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.followthrough.practice.MatchStatus;
import io.followthrough.practice.PatientMatch;
import io.followthrough.practice.PatientQuery;
import io.followthrough.practice.PracticeActivities;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PatientMatchingTest {
  static final LocalDate ROBERT_DOB = LocalDate.of(1961, 4, 9);
  final SandboxPracticeSystem practice = Fixtures.system();

  PatientMatch match(String first, String last, LocalDate dob, String phone, String mrn) {
    return practice.matchPatient(new PatientQuery(first, last, dob, phone, mrn));
  }

  @Test
  void exactNameDobAndPhone() {
    PatientMatch m = match("Robert", "O'Brien", ROBERT_DOB, "(212) 555-0101", null);
    assertEquals(PatientMatch.matched("pt-0001", "name-dob-phone"), m);
  }

  @Test
  void exactNameAndDobWithoutPhone() {
    assertEquals(
        PatientMatch.matched("pt-0001", "name-dob"),
        match("Robert", "O'Brien", ROBERT_DOB, null, null));
  }

  @Test
  void byMrnAloneOrWithAgreeingName() {
    assertEquals(PatientMatch.matched("pt-0005", "mrn"), match(null, null, null, null, "m0005000"));
    assertEquals(
        PatientMatch.matched("pt-0005", "mrn"), match("Kate", "Nguyen", null, null, "M0005000"));
  }

  @Test
  void mrnWithAContradictingNameIsNotTrusted() {
    PatientMatch m = match("Robert", "O'Brien", ROBERT_DOB, null, "M0005000");
    assertEquals("pt-0001", m.patientRef(), "falls back to name and DOB");
  }

  @Test
  void fuzzyNicknamesPunctuationAccentsAndTypos() {
    assertEquals("pt-0001", match("Bob", "OBrien", ROBERT_DOB, null, null).patientRef());
    assertEquals("pt-0001", match("ROBERT", "o brien", ROBERT_DOB, null, null).patientRef());
    assertEquals("pt-0001", match("Robret", "O'Brian", ROBERT_DOB, null, null).patientRef());
    assertEquals(
        "pt-0002",
        match("Maria", "Garcia-Lopez", LocalDate.of(1975, 11, 30), null, null).patientRef());
    assertEquals(
        "pt-0002", match("maria", "Garcia", LocalDate.of(1975, 11, 30), null, null).patientRef());
    assertEquals(
        "pt-0005", match("Katie", "Nguyen", LocalDate.of(1990, 6, 15), null, null).patientRef());
    PatientMatch typo = match("Robret", "O'Brian", ROBERT_DOB, null, null);
    assertEquals("fuzzy-name-dob", typo.basis());
    assertEquals("fuzzy-name-dob", match("Bob", "OBrien", ROBERT_DOB, null, null).basis());
    assertEquals("name-dob", match("ROBERT", "o brien", ROBERT_DOB, null, null).basis());
  }

  @Test
  void ambiguousWhenTwoPatientsTie() {
    PatientMatch m = match("John", "Smith", LocalDate.of(1980, 1, 2), null, null);
    assertEquals(MatchStatus.AMBIGUOUS, m.status());
    assertEquals(2, m.candidateCount());
    assertNull(m.patientRef(), "never guesses");
  }

  @Test
  void phoneBreaksTheTie() {
    PatientMatch m = match("John", "Smith", LocalDate.of(1980, 1, 2), "415-555-0104", null);
    assertEquals(PatientMatch.matched("pt-0004", "name-dob-phone"), m);
  }

  @Test
  void noneWhenDobDiffersOrNameIsFarOff() {
    assertEquals(
        PatientMatch.none(), match("Robert", "O'Brien", ROBERT_DOB.plusDays(1), null, null));
    assertEquals(PatientMatch.none(), match("Robert", "Williams", ROBERT_DOB, null, null));
    assertEquals(PatientMatch.none(), match("Susan", "O'Brien", ROBERT_DOB, null, null));
    assertEquals(PatientMatch.none(), match(null, null, null, null, "M9999999"));
  }

  @Test
  void queryWithoutMrnOrNameAndDobIsBadInput() {
    PracticeException e =
        assertThrows(PracticeException.class, () -> match("Robert", "O'Brien", null, null, null));
    assertEquals(PracticeActivities.INVALID_INPUT, e.code());
    assertFalse(e.getMessage().contains("Brien"), "no PHI in messages");
  }

  @Test
  void demoNamesakesAreAmbiguousUntilThePhoneIsGiven() {
    SandboxPracticeSystem demo = SandboxPracticeSystem.demo(42, Fixtures.CLOCK);
    PatientRecord eight = demo.patients().get(7);
    PatientRecord namesake = demo.patients().get(49);
    PatientQuery byName =
        new PatientQuery(eight.firstName(), eight.lastName(), eight.dateOfBirth(), null, null);
    assertEquals(MatchStatus.AMBIGUOUS, demo.matchPatient(byName).status());
    PatientQuery withPhone =
        new PatientQuery(
            eight.firstName(), eight.lastName(), eight.dateOfBirth(), namesake.phone(), null);
    assertEquals(namesake.ref(), demo.matchPatient(withPhone).patientRef());
  }

  @Test
  void queryToStringHidesValues() {
    assertEquals(
        "PatientQuery[redacted]",
        new PatientQuery("Robert", "O'Brien", ROBERT_DOB, null, null).toString());
  }
}
