package io.followthrough.workers.intake;

import io.followthrough.activities.practice.PatientRecord;
import io.followthrough.activities.practice.SandboxPracticeSystem;
import io.followthrough.practice.CoverageState;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What a generated referral fax says ({@link DemoFaxes#referral(DemoReferral)}): made-up people
 * only, e.g. a sandbox practice's demo patient. {@link #toString()} shows no field values.
 *
 * @param patientName as the office wrote it, e.g. {@code Grace Hill}
 * @param dateOfBirth the patient's date of birth
 * @param phone ten NANP digits
 * @param office the referring office
 * @param specialty lower-case specialty code, e.g. {@code cardiology}
 * @param reason reason for the referral
 * @param icd10 comma-separated ICD-10-CM codes
 * @param urgent whether the office marked it urgent
 */
public record DemoReferral(
    String patientName,
    LocalDate dateOfBirth,
    String phone,
    Office office,
    String specialty,
    String reason,
    String icd10,
    boolean urgent) {

  /**
   * A referring office (fictional, with an NPI that passes its check digit).
   *
   * @param practice the office's name
   * @param provider the referring provider, e.g. {@code Dr. Casey Example, MD}
   * @param npi ten digits
   * @param phone ten NANP digits
   * @param fax ten NANP digits
   */
  public record Office(String practice, String provider, String npi, String phone, String fax) {}

  /** Referring offices of the demo referrals; each referral key includes the office's NPI. */
  public static final List<Office> OFFICES =
      List.of(
          new Office(
              "Maple Grove Family Medicine",
              "Dr. Casey Example, MD",
              "1234567893",
              "5553012200",
              "5553012201"),
          new Office(
              "Riverside Primary Care",
              "Dr. Morgan Sample, DO",
              "1987654328",
              "5553022300",
              "5553022301"),
          new Office(
              "Lakeview Internal Medicine",
              "Dr. Jamie Placeholder, MD",
              "1456789019",
              "5553032400",
              "5553032401"));

  private static final List<String[]> REASONS =
      List.of(
          new String[] {
            "cardiology", "Chest pain on exertion, abnormal stress test", "I20.9, R07.9"
          },
          new String[] {"dermatology", "Changing pigmented lesion on the back", "D48.5"},
          new String[] {"orthopedics", "Persistent right knee pain after a fall", "M25.561"},
          new String[] {
            "gastroenterology", "Chronic epigastric pain, iron deficiency", "R10.13, D50.9"
          },
          new String[] {"neurology", "Recurrent migraines despite treatment", "G43.909"});

  /**
   * A referral of a sandbox patient to {@code specialty} from {@code office}: the fax spells the
   * name without accents, as many fax forms do (matching ignores them).
   */
  public static DemoReferral of(
      PatientRecord patient, String specialty, Office office, boolean urgent) {
    String[] reason =
        REASONS.stream()
            .filter(r -> r[0].equals(specialty))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no demo reason for " + specialty));
    return new DemoReferral(
        plain(patient.firstName() + " " + patient.lastName()),
        patient.dateOfBirth(),
        patient.phone().replaceFirst("^\\+1", ""),
        office,
        specialty,
        reason[1],
        reason[2],
        urgent);
  }

  /** Whether {@code patient} can appear on a generated fax (its name has plain Latin letters). */
  public static boolean printable(PatientRecord patient) {
    return plain(patient.firstName() + " " + patient.lastName()).matches("[A-Za-z' -]+");
  }

  /**
   * The patients of {@code practice} a referral can take to a kept appointment without a person:
   * printable, with coverage the practice confirms as active (not inactive, not at a payer it
   * cannot ask), and not {@code pt-0050}, whose namesake {@code pt-0008} would share its referral
   * key.
   */
  public static List<PatientRecord> schedulable(SandboxPracticeSystem practice) {
    return practice.patients().stream()
        .filter(DemoReferral::printable)
        .filter(p -> !p.ref().equals("pt-0050"))
        .filter(p -> practice.checkCoverage(p.ref(), null, null).state() == CoverageState.ACTIVE)
        .toList();
  }

  /** The fax's lines, top to bottom; {@code " | "} separates the form's two columns. */
  List<String> lines() {
    return List.of(
        office.practice(),
        "REFERRAL FORM",
        "PATIENT INFORMATION",
        "Name: " + patientName,
        "DOB: " + dateOfBirth.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")),
        "Phone: " + phone(phone),
        "REFERRING PROVIDER",
        "Name: " + office.provider(),
        "NPI: " + office.npi(),
        "Phone: " + phone(office.phone()) + "   |   Fax: " + phone(office.fax()),
        "REFER TO",
        "Specialty: " + specialty.substring(0, 1).toUpperCase(Locale.ROOT) + specialty.substring(1),
        "Reason for Referral: " + reason,
        "ICD-10: " + icd10,
        "Urgency: " + (urgent ? "Urgent" : "Routine"));
  }

  private static String phone(String digits) {
    return "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
  }

  private static String plain(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  @Override
  public String toString() {
    return "DemoReferral[specialty=" + specialty + ", urgent=" + urgent + "]";
  }
}
