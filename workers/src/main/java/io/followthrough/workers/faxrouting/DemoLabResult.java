package io.followthrough.workers.faxrouting;

import io.followthrough.activities.practice.PatientRecord;
import io.followthrough.activities.practice.Provider;
import io.followthrough.workers.intake.DemoFaxes;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A generated lab report fax about a sandbox patient, ordered by a sandbox provider: fax routing
 * matches the patient, files it to the provider's queue and waits for the acknowledgement. Made-up
 * people only.
 */
public final class DemoLabResult {
  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  private DemoLabResult() {}

  /** The lines of the report. */
  public static List<String> lines(PatientRecord patient, Provider provider) {
    return List.of(
        "Lakeside Reference Laboratory",
        "LABORATORY REPORT",
        "Patient Name: "
            + patient.firstName()
            + " "
            + patient.lastName()
            + "   |   DOB: "
            + patient.dateOfBirth().format(US_DATE),
        "Ordering Provider: " + provider.displayName() + "   |   Ordering NPI: " + provider.npi(),
        "Test Name: Lipid Panel",
        "Specimen: serum   Collected: 11/20/2026",
        "Result      Flag   Reference Range",
        "LDL 162 mg/dL   H   0-99");
  }

  /** The report as a fax-to-PDF, the same bytes for the same patient and provider. */
  public static byte[] fax(PatientRecord patient, Provider provider) {
    return DemoFaxes.document(lines(patient, provider));
  }
}
