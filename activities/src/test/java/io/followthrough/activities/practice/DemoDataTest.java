package io.followthrough.activities.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.ai.validate.NpiValidator;
import io.followthrough.practice.CoverageState;
import io.followthrough.practice.Slot;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDataTest {
  static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2);

  @Test
  void sameSeedSameData_otherSeedOtherData() {
    PracticeData a = DemoData.generate(42, FIRST_DAY);
    PracticeData b = DemoData.generate(42, FIRST_DAY);
    PracticeData c = DemoData.generate(43, FIRST_DAY);
    assertEquals(a, b);
    assertNotEquals(a.patients(), c.patients());
    assertNotEquals(a.slots(), c.slots());
  }

  @Test
  void fiftyPatientsWithUniqueRefsMrnsAndPhones() {
    PracticeData data = DemoData.generate(42, FIRST_DAY);
    assertEquals(50, data.patients().size());
    assertEquals(50, data.patients().stream().map(PatientRecord::ref).distinct().count());
    assertEquals(50, data.patients().stream().map(PatientRecord::mrn).distinct().count());
    assertEquals(50, data.patients().stream().map(PatientRecord::phone).distinct().count());
    for (PatientRecord p : data.patients()) {
      assertTrue(p.phone().matches("\\+1\\d{3}55501\\d{2}"), "fictional 555-01xx range");
      assertTrue(p.email().endsWith("@example.org"));
      assertTrue(p.dateOfBirth().isBefore(FIRST_DAY.minusYears(17)));
    }
    Set<String> languages =
        data.patients().stream().map(PatientRecord::language).collect(Collectors.toSet());
    assertTrue(languages.containsAll(Set.of("en", "es")), languages.toString());
    assertTrue(data.patients().stream().map(PatientRecord::timeZone).distinct().count() >= 3);
  }

  @Test
  void someCoverageInactiveOrUnknown() {
    PracticeData data = DemoData.generate(42, FIRST_DAY);
    long inactive =
        data.patients().stream().filter(p -> p.coverage() == CoverageState.INACTIVE).count();
    long active =
        data.patients().stream().filter(p -> p.coverage() == CoverageState.ACTIVE).count();
    assertTrue(inactive >= 3 && inactive <= 20, "inactive " + inactive);
    assertTrue(active >= 30, "active " + active);
  }

  @Test
  void tenProvidersInFiveSpecialtiesWithValidNpis() {
    PracticeData data = DemoData.generate(42, FIRST_DAY);
    assertEquals(10, data.providers().size());
    for (Provider p : data.providers()) {
      assertTrue(NpiValidator.isValid(p.npi()), p.ref() + " NPI");
    }
    assertEquals(
        Set.copyOf(DemoData.SPECIALTIES),
        data.providers().stream().map(Provider::specialty).collect(Collectors.toSet()));
  }

  @Test
  void slotsOnWeekdayBusinessHoursOverFourWeeks() {
    PracticeData data = DemoData.generate(42, FIRST_DAY);
    // 20 weekdays x 10 providers x 14 half-hours, about a third open.
    assertTrue(
        data.slots().size() > 800 && data.slots().size() < 1050, "slots " + data.slots().size());
    for (Slot s : data.slots()) {
      ZonedDateTime at = s.start().atZone(DemoData.PRACTICE_ZONE);
      assertTrue(at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY);
      LocalTime t = at.toLocalTime();
      assertTrue(!t.isBefore(LocalTime.of(9, 0)) && t.isBefore(LocalTime.of(17, 0)), t.toString());
      assertNotEquals(12, t.getHour(), "lunch");
      assertTrue(!at.toLocalDate().isBefore(FIRST_DAY));
      assertTrue(at.toLocalDate().isBefore(FIRST_DAY.plusDays(28)));
    }
    assertTrue(data.slots().stream().anyMatch(Slot::urgentHold));
    assertEquals(6, data.waitlist().size());
  }

  @Test
  void lastPatientIsANamesakeOfPatientEight() {
    PracticeData data = DemoData.generate(42, FIRST_DAY);
    PatientRecord eight = data.patients().get(7);
    PatientRecord last = data.patients().get(49);
    assertEquals(eight.firstName(), last.firstName());
    assertEquals(eight.lastName(), last.lastName());
    assertEquals(eight.dateOfBirth(), last.dateOfBirth());
    assertNotEquals(eight.phone(), last.phone());
    assertNotEquals(eight.mrn(), last.mrn());
  }

  @Test
  void toStringHidesDemographics() {
    PatientRecord p = DemoData.generate(42, FIRST_DAY).patients().get(0);
    assertEquals("PatientRecord[pt-0001]", p.toString());
  }
}
