package io.followthrough.activities.documents.eval.corpus;

import io.followthrough.activities.ai.DocumentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Refill, prior-authorization and lab-result forms in three layouts (2 = held-out). */
final class FormTemplates {
  private FormTemplates() {}

  static GeneratedDoc refill(FakeData f, int layout) {
    String[] d = f.pick(FakeData.DRUGS);
    String pharmacy = f.pick(FakeData.PHARMACIES);
    String patient = f.first() + " " + f.last();
    String qty = String.valueOf(30 * (1 + f.r.nextInt(3)));
    List<String> p = new ArrayList<>();
    switch (layout) {
      case 0 -> {
        p.add("PRESCRIPTION REFILL REQUEST");
        p.add("Pharmacy: " + pharmacy);
        p.add("Pharmacy Phone: " + Formats.phone(f.phoneDigits(), f.r));
        p.add("Patient: " + patient);
        p.add("Medication: " + d[0]);
        p.add(Formats.columns("Strength: " + d[1], "Quantity: " + qty));
        p.add("Sig: " + d[2]);
        p.add("Refills remaining: 0. Please approve or deny and fax back.");
      }
      case 1 -> {
        p.add(pharmacy.toUpperCase() + " - Rx Renewal Request");
        p.add("Pharmacy Name: " + pharmacy);
        p.add("Patient Name: " + patient);
        p.add("Drug Name: " + d[0] + " " + d[1] + " tablet");
        p.add("Directions: " + d[2]);
        p.add(Formats.columns("Qty: " + qty, "Days supply: " + qty));
        p.add("Prescriber: please sign and return.  [ ] Approved  [ ] Denied");
      }
      default -> {
        p.add("MEDICATION REFILL AUTHORIZATION");
        p.add("Requested by (Dispensing Pharmacy): " + pharmacy);
        p.add("For patient: " + patient);
        p.add("Drug: " + d[0]);
        p.add("Dose: " + d[1]);
        p.add("Instructions: " + d[2]);
        p.add("Number of refills requested: 3");
      }
    }
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("drug", d[0]);
    t.put("strength", d[1]);
    t.put("sig", d[2]);
    t.put("pharmacy_name", pharmacy);
    return new GeneratedDoc(DocumentType.REFILL_REQUEST, List.of(p), t);
  }

  static GeneratedDoc priorAuth(FakeData f, int layout) {
    String payer = f.pick(FakeData.PAYERS);
    String decision = f.pick(List.of("approved", "approved", "denied", "pending"));
    String ref = (layout == 1 ? "PA" : "") + f.digits(9);
    LocalDate deadline = f.today.plusDays(5 + f.r.nextInt(60));
    String proc = f.pick(FakeData.PROCEDURES);
    List<String> p = new ArrayList<>();
    switch (layout) {
      case 0 -> {
        p.add(payer.toUpperCase());
        p.add("PRIOR AUTHORIZATION DETERMINATION");
        p.add("Health Plan: " + payer);
        p.add("Service requested: " + proc);
        p.add("Determination: " + decision.toUpperCase());
        p.add("Authorization Number: " + ref);
        p.add("Valid Through: " + Formats.date(deadline, f.r));
      }
      case 1 -> {
        p.add("Utilization Management Notice");
        p.add(Formats.columns("Payer: " + payer, "Reference No: " + ref));
        p.add("Requested: " + proc);
        p.add("Decision: " + decision);
        p.add("Response Due: " + Formats.date(deadline, f.r));
        p.add("Questions: call provider services.");
      }
      default -> {
        p.add("Pre-certification status letter");
        p.add("Insurance Carrier: " + payer);
        p.add("Case Number: " + ref);
        p.add("Review Outcome: " + decision);
        p.add("Procedure: " + proc);
        p.add("Appeal By: " + Formats.date(deadline, f.r));
      }
    }
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("payer", payer);
    t.put("decision", decision);
    t.put("reference_number", ref);
    t.put("deadline", deadline.toString());
    return new GeneratedDoc(DocumentType.PRIOR_AUTH, List.of(p), t);
  }

  static GeneratedDoc lab(FakeData f, int layout) {
    String test = f.pick(FakeData.TESTS);
    String patient = f.first() + " " + f.last();
    LocalDate dob = f.dob();
    List<String> p = new ArrayList<>();
    switch (layout) {
      case 0 -> {
        p.add("LABORATORY REPORT");
        p.add(Formats.columns("Patient Name: " + patient, "DOB: " + Formats.date(dob, f.r)));
        p.add("Test Name: " + test);
        p.add("Specimen: serum   Collected: " + Formats.date(f.today.minusDays(2), f.r));
        p.add("Result      Flag   Reference Range");
        p.add((80 + f.r.nextInt(60)) + " mg/dL   H   70-99");
      }
      case 1 -> {
        p.add("Regional Reference Laboratory - Final Results");
        p.add("Patient: " + patient);
        p.add("Date of Birth: " + Formats.date(dob, f.r));
        p.add("Test Ordered: " + test);
        p.add("Accession: " + f.digits(10));
        p.add("Value " + (3 + f.r.nextInt(9)) + ".1   units   ref 3.5-10.5");
      }
      default -> {
        p.add("Clinical lab results");
        p.add("Member Name: " + patient + "     Birth Date: " + Formats.date(dob, f.r));
        p.add("Panel: " + test);
        p.add("Status: final   Abnormal values flagged");
      }
    }
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("test_name", test);
    t.put("patient_name", patient);
    t.put("dob", dob.toString());
    return new GeneratedDoc(DocumentType.LAB_RESULT, List.of(p), t);
  }
}
