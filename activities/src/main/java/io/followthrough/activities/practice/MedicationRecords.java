package io.followthrough.activities.practice;

import io.followthrough.practice.Medication;
import io.followthrough.practice.VisitHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox's medication lists and visit history, derived deterministically from the demo
 * patient's number and today's date (read-only, so nothing is stored in the snapshot). Three demo
 * patients are fixed for the refill demo and tests:
 *
 * <ul>
 *   <li>{@code pt-0001}: lisinopril 10 mg and atorvastatin 20 mg, seen 45 days ago (a routine
 *       refill for the prescriber);
 *   <li>{@code pt-0002}: alprazolam 0.5 mg (schedule IV, a controlled substance: always a
 *       clinician) and sertraline 50 mg, seen 60 days ago;
 *   <li>{@code pt-0003}: metformin 500 mg, last seen 500 days ago (overdue: a visit is required).
 * </ul>
 *
 * Other {@code pt-NNNN} patients get one to three common prescriptions, every seventh a controlled
 * one, and a last visit 20 to 520 days ago. Patients registered later ({@code S...} MRNs) have no
 * prescriptions and no visit.
 */
final class MedicationRecords {
  private record Drug(String name, String strength, String schedule) {}

  private static final List<Drug> COMMON =
      List.of(
          new Drug("lisinopril", "10 mg", null),
          new Drug("atorvastatin", "20 mg", null),
          new Drug("metformin", "500 mg", null),
          new Drug("amlodipine", "5 mg", null),
          new Drug("levothyroxine", "50 mcg", null),
          new Drug("omeprazole", "20 mg", null),
          new Drug("sertraline", "50 mg", null),
          new Drug("losartan", "50 mg", null),
          new Drug("hydrochlorothiazide", "25 mg", null),
          new Drug("albuterol", "90 mcg", null));

  private static final List<Drug> CONTROLLED =
      List.of(
          new Drug("alprazolam", "0.5 mg", "IV"),
          new Drug("zolpidem", "10 mg", "IV"),
          new Drug("hydrocodone-acetaminophen", "5 mg", "II"));

  private MedicationRecords() {}

  static List<Medication> medications(SandboxState state, String patientRef, LocalDate today) {
    state.patient(patientRef); // PatientNotFound for an unknown ref
    int n = number(patientRef);
    List<Medication> out = new ArrayList<>();
    if (n <= 0) {
      return out;
    }
    List<Drug> drugs =
        switch (n) {
          case 1 -> List.of(COMMON.get(0), COMMON.get(1));
          case 2 -> List.of(CONTROLLED.get(0), COMMON.get(6));
          case 3 -> List.of(COMMON.get(2));
          default -> {
            List<Drug> d = new ArrayList<>();
            for (int i = 0; i < n % 3 + 1; i++) {
              Drug drug = COMMON.get((n * 7 + i * 3) % COMMON.size());
              if (!d.contains(drug)) {
                d.add(drug);
              }
            }
            if (n % 7 == 0) {
              d.add(CONTROLLED.get(n % CONTROLLED.size()));
            }
            yield d;
          }
        };
    String prescriber = prescriber(state, n);
    for (int i = 0; i < drugs.size(); i++) {
      Drug d = drugs.get(i);
      out.add(
          new Medication(
              "rx-%04d-%d".formatted(n, i + 1),
              patientRef,
              d.name(),
              d.strength(),
              d.schedule(),
              prescriber,
              today.minusDays(10 + (n + i * 5) % 20),
              "pharm-%02d".formatted((n - 1) % Pharmacies.ALL.size() + 1)));
    }
    return out;
  }

  static VisitHistory lastVisit(SandboxState state, String patientRef, LocalDate today) {
    state.patient(patientRef);
    int n = number(patientRef);
    if (n <= 0) {
      return new VisitHistory(patientRef, null, null, null);
    }
    int daysAgo =
        switch (n) {
          case 1 -> 45;
          case 2 -> 60;
          case 3 -> 500;
          default -> 20 + (n * 37) % 500;
        };
    String prescriber = prescriber(state, n);
    Provider p = state.providers().get(prescriber);
    return new VisitHistory(
        patientRef, today.minusDays(daysAgo), prescriber, p == null ? null : p.specialty());
  }

  private static String prescriber(SandboxState state, int n) {
    List<String> refs = List.copyOf(state.providers().keySet());
    return refs.isEmpty() ? null : refs.get((n - 1) % refs.size());
  }

  /** 7 for {@code pt-0007}; 0 for any other shape. */
  private static int number(String patientRef) {
    if (patientRef == null || !patientRef.matches("pt-\\d{4}")) {
      return 0;
    }
    return Integer.parseInt(patientRef.substring(3));
  }
}
