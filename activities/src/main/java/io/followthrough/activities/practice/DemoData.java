package io.followthrough.activities.practice;

import io.followthrough.activities.ai.validate.NpiValidator;
import io.followthrough.practice.CoverageState;
import io.followthrough.practice.Slot;
import io.followthrough.practice.Urgency;
import io.followthrough.practice.WaitlistEntry;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a realistic, fictional practice from a seed: the same seed and first day always give
 * the same data. Phones use the fictional 555-01xx range. The last patient is a namesake of patient
 * 8 (same name and date of birth, other phone and MRN), as real practices have, so demos and tests
 * can show an ambiguous match.
 */
public final class DemoData {
  public static final ZoneId PRACTICE_ZONE = ZoneId.of("America/New_York");
  public static final List<String> SPECIALTIES =
      List.of("cardiology", "dermatology", "orthopedics", "gastroenterology", "neurology");
  static final int PATIENTS = 50;
  static final int DAYS = 28;

  private static final String[] AREA_CODES = {"212", "312", "415", "617", "720", "404", "602"};
  private static final String[] PAYERS = {
    "aetna", "bcbs", "cigna", "medicare", "united", "medicaid"
  };

  private DemoData() {}

  /** Practice data with slots on weekdays of the {@value #DAYS} days from {@code firstDay}. */
  public static PracticeData generate(long seed, LocalDate firstDay) {
    Random random = new Random(seed);
    List<PatientRecord> patients = new ArrayList<>();
    for (int i = 1; i < PATIENTS; i++) {
      patients.add(patient(random, i, firstDay));
    }
    patients.add(namesake(random, patients.get(7), PATIENTS));
    List<Provider> providers = new ArrayList<>();
    for (int i = 0; i < SPECIALTIES.size() * 2; i++) {
      providers.add(provider(random, i + 1, SPECIALTIES.get(i / 2)));
    }
    List<Slot> slots = slots(random, providers, firstDay);
    List<WaitlistEntry> waitlist = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      PatientRecord p = patients.get(random.nextInt(patients.size()));
      waitlist.add(
          new WaitlistEntry(
              "wait-%04d".formatted(i),
              p.ref(),
              SPECIALTIES.get(random.nextInt(SPECIALTIES.size())),
              random.nextInt(4) == 0 ? Urgency.URGENT : Urgency.ROUTINE,
              firstDay
                  .minusDays(1 + random.nextInt(20))
                  .atTime(10, 0)
                  .atZone(PRACTICE_ZONE)
                  .toInstant()));
    }
    return new PracticeData(PRACTICE_ZONE, patients, providers, slots, waitlist);
  }

  private static PatientRecord patient(Random random, int n, LocalDate today) {
    String language = DemoNames.language(random);
    String first = DemoNames.givenName(random, language);
    String last = DemoNames.familyName(random, language);
    LocalDate dob = today.minusYears(18 + random.nextInt(70)).minusDays(random.nextInt(365));
    int roll = random.nextInt(20);
    String payer = roll == 0 ? null : roll == 1 ? "tricare" : PAYERS[random.nextInt(PAYERS.length)];
    CoverageState coverage = CoverageState.ACTIVE;
    String reason = "eligible";
    if (payer == null) {
      coverage = CoverageState.UNKNOWN;
      reason = "no-coverage-on-file";
    } else if (roll >= 16) {
      coverage = CoverageState.INACTIVE;
      reason = roll == 19 ? "not-yet-effective" : "terminated";
    }
    return new PatientRecord(
        "pt-%04d".formatted(n),
        "M%07d".formatted(1_000_000 + random.nextInt(8_999_999)),
        first,
        last,
        dob,
        phone(random, "01", n),
        DemoNames.email(first, last, n),
        language,
        DemoNames.timeZone(random),
        payer,
        payer == null
            ? null
            : "%s%09d".formatted(payer.substring(0, 3).toUpperCase(), random.nextInt(999_999_999)),
        coverage,
        reason);
  }

  private static PatientRecord namesake(Random random, PatientRecord twin, int n) {
    PatientRecord fresh = patient(random, n, LocalDate.of(2000, 1, 1));
    return new PatientRecord(
        fresh.ref(),
        fresh.mrn(),
        twin.firstName(),
        twin.lastName(),
        twin.dateOfBirth(),
        fresh.phone(),
        DemoNames.email(twin.firstName(), twin.lastName(), n),
        fresh.language(),
        fresh.timeZone(),
        fresh.payer(),
        fresh.memberId(),
        fresh.coverage(),
        fresh.coverageReason());
  }

  private static Provider provider(Random random, int n, String specialty) {
    String stem = "1" + "%08d".formatted(random.nextInt(100_000_000));
    String npi = stem + NpiValidator.checkDigit(stem);
    String name =
        "Dr. " + DemoNames.givenName(random, "en") + " " + DemoNames.familyName(random, "en");
    return new Provider(
        "prov-%02d".formatted(n),
        npi,
        name,
        specialty,
        phone(random, "02", n),
        phone(random, "03", n));
  }

  private static String phone(Random random, String block, int n) {
    String area = AREA_CODES[random.nextInt(AREA_CODES.length)];
    return "+1" + area + "555" + block + "%02d".formatted(n % 100);
  }

  /** 30-minute slots 09:00–12:00 and 13:00–17:00 on weekdays; about a third still open. */
  private static List<Slot> slots(Random random, List<Provider> providers, LocalDate firstDay) {
    List<Slot> slots = new ArrayList<>();
    for (int d = 0; d < DAYS; d++) {
      LocalDate day = firstDay.plusDays(d);
      if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      for (Provider provider : providers) {
        for (LocalTime t = LocalTime.of(9, 0);
            t.isBefore(LocalTime.of(17, 0));
            t = t.plusMinutes(30)) {
          if (t.getHour() == 12 || random.nextInt(3) != 0) {
            continue;
          }
          boolean urgentHold = t.equals(LocalTime.of(9, 0));
          slots.add(
              new Slot(
                  "slot-%05d".formatted(slots.size() + 1),
                  provider.ref(),
                  provider.specialty(),
                  day.atTime(t).atZone(PRACTICE_ZONE).toInstant(),
                  30,
                  urgentHold));
        }
      }
    }
    return slots;
  }
}
