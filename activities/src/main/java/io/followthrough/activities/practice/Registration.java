package io.followthrough.activities.practice;

import io.followthrough.practice.CoverageState;
import io.followthrough.practice.CoverageStatus;
import io.followthrough.practice.NewPatient;
import io.followthrough.practice.PracticeActivities;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/** Registering patients and answering coverage checks in the sandbox. */
final class Registration {
  /** Payers the sandbox has no eligibility connection to: coverage must be checked by hand. */
  static final Set<String> UNCONNECTED_PAYERS = Set.of("tricare");

  private Registration() {}

  /** Adds the patient and returns the new reference. */
  static String register(SandboxState state, NewPatient p, LocalDate today) {
    if (p == null || blank(p.firstName()) || blank(p.lastName())) {
      throw invalid("first and last name are required");
    }
    if (p.dateOfBirth() == null || p.dateOfBirth().isAfter(today)) {
      throw invalid("date of birth is required and cannot be in the future");
    }
    String phone = null;
    if (!blank(p.phone())) {
      phone = Phones.toE164(p.phone());
      if (phone == null) {
        throw invalid("phone is not a North American number");
      }
    }
    String zone = blank(p.timeZone()) ? state.zone().getId() : p.timeZone();
    try {
      ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw invalid("time zone is not an IANA zone id");
    }
    String payer = blank(p.payer()) ? null : p.payer().trim().toLowerCase(Locale.ROOT);
    String memberId = blank(p.memberId()) ? null : p.memberId().trim();
    // New registrations are assumed eligible when a member id is given: the sandbox has no payer.
    CoverageState coverage =
        payer != null && memberId != null ? CoverageState.ACTIVE : CoverageState.UNKNOWN;
    String reason =
        payer == null ? "no-coverage-on-file" : memberId == null ? "member-not-found" : "eligible";
    int n = state.patients().size() + 1;
    String ref = "pt-%04d".formatted(n);
    state
        .patients()
        .put(
            ref,
            new PatientRecord(
                ref,
                "S%07d".formatted(n),
                p.firstName().trim(),
                p.lastName().trim(),
                p.dateOfBirth(),
                phone,
                null,
                blank(p.language()) ? "en" : p.language().trim(),
                zone,
                payer,
                memberId,
                coverage,
                reason));
    return ref;
  }

  static CoverageStatus coverage(PatientRecord patient, String payer, String memberId) {
    if (patient.payer() == null) {
      return new CoverageStatus(CoverageState.UNKNOWN, "no-coverage-on-file");
    }
    if (!blank(payer) && !payer.trim().equalsIgnoreCase(patient.payer())) {
      return new CoverageStatus(CoverageState.UNKNOWN, "payer-mismatch");
    }
    if (UNCONNECTED_PAYERS.contains(patient.payer())) {
      return new CoverageStatus(CoverageState.UNKNOWN, "payer-not-connected");
    }
    if (!blank(memberId) && !memberId.trim().equalsIgnoreCase(patient.memberId())) {
      return new CoverageStatus(CoverageState.UNKNOWN, "member-not-found");
    }
    return new CoverageStatus(patient.coverage(), patient.coverageReason());
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static PracticeException invalid(String message) {
    return new PracticeException(PracticeActivities.INVALID_INPUT, message);
  }
}
