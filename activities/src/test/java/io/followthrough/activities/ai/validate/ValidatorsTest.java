package io.followthrough.activities.ai.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidatorsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  @Test
  void npiLuhnWithPrefix() {
    assertTrue(NpiValidator.isValid("1234567893")); // the CMS worked example
    assertFalse(NpiValidator.isValid("1234567890"));
    assertFalse(NpiValidator.isValid("123456789"));
    assertEquals(3, NpiValidator.checkDigit("123456789"));
  }

  @Test
  void icd10Format() {
    assertTrue(Icd10Validator.isValid("E11.9"));
    assertTrue(Icd10Validator.isValid("S72.001A"));
    assertFalse(Icd10Validator.isValid("U07.1X"));
    assertFalse(Icd10Validator.isValid("E1"));
    assertEquals(Optional.of("I10"), Icd10Validator.normalize("I1O"));
    assertEquals(Optional.of("E11.65"), Icd10Validator.normalize("e1165"));
    assertEquals(Optional.of("M54.50"), Icd10Validator.normalize("M54,50"));
  }

  @Test
  void datesInManySpellings() {
    assertEquals(
        LocalDate.of(1962, 3, 14), DateNormalizer.parse("03/14/1962", TODAY).orElseThrow());
    assertEquals(LocalDate.of(1962, 3, 14), DateNormalizer.parse("3-14-62", TODAY).orElseThrow());
    assertEquals(LocalDate.of(2015, 3, 14), DateNormalizer.parse("3/14/15", TODAY).orElseThrow());
    assertEquals(
        LocalDate.of(1962, 3, 14), DateNormalizer.parse("1962-03-14", TODAY).orElseThrow());
    assertEquals(
        LocalDate.of(1962, 3, 14), DateNormalizer.parse("March 14, 1962", TODAY).orElseThrow());
    assertEquals(
        LocalDate.of(1962, 3, 14), DateNormalizer.parse("14 Mar 1962", TODAY).orElseThrow());
    assertEquals(
        LocalDate.of(1962, 3, 14), DateNormalizer.parse("O3/l4/1962", TODAY).orElseThrow());
    assertTrue(DateNormalizer.parse("02/30/1990", TODAY).isEmpty());
    assertFalse(DateNormalizer.plausibleBirthDate(LocalDate.of(2030, 1, 1), TODAY));
    assertFalse(DateNormalizer.plausibleBirthDate(LocalDate.of(1880, 1, 1), TODAY));
  }

  @Test
  void phonesToE164() {
    assertEquals(Optional.of("+16085550147"), PhoneNormalizer.toE164("(608) 555-0147"));
    assertEquals(Optional.of("+16085550147"), PhoneNormalizer.toE164("1-608-555-0147"));
    assertEquals(Optional.of("+16085550147"), PhoneNormalizer.toE164("6O8.555.Ol47"));
    assertTrue(PhoneNormalizer.toE164("055-555-0147").isEmpty());
    assertTrue(PhoneNormalizer.toE164("555-0147").isEmpty());
  }
}
