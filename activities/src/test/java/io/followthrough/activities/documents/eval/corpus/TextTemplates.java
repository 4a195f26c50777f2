package io.followthrough.activities.documents.eval.corpus;

import io.followthrough.activities.ai.DocumentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Types without extracted fields, plus packet pages (cover sheets, attached notes). */
final class TextTemplates {
  private TextTemplates() {}

  static GeneratedDoc eligibility(FakeData f, int layout) {
    String payer = f.pick(FakeData.PAYERS);
    String name = f.first() + " " + f.last();
    List<String> p = new ArrayList<>();
    switch (layout) {
      case 0 -> {
        p.add("ELIGIBILITY AND BENEFITS VERIFICATION");
        p.add("Payer: " + payer + "   Subscriber: " + name);
        p.add("Coverage status: ACTIVE   Plan type: PPO");
        p.add("Deductible: $" + (500 + f.r.nextInt(3000)) + "   Met: $" + f.r.nextInt(500));
        p.add("Specialist copay: $" + (20 + f.r.nextInt(50)) + "   Coinsurance: 20%");
      }
      case 1 -> {
        p.add(payer + " - Member Benefits Summary");
        p.add("Member: " + name + "   Group: " + f.digits(6));
        p.add("Effective date: 01/01/" + f.today.getYear() + "   In-network: yes");
        p.add(
            "Office visit co-pay $"
                + (15 + f.r.nextInt(40))
                + ", out-of-pocket max $"
                + (3000 + f.r.nextInt(5000)));
      }
      default -> {
        p.add("Insurance verification response (271)");
        p.add("Plan: " + payer + "; insured: " + name);
        p.add("Plan status: inactive as of date of service. Referral required: yes.");
        p.add("Remaining deductible and copay information unavailable.");
      }
    }
    return new GeneratedDoc(DocumentType.ELIGIBILITY, List.of(p), Map.of());
  }

  static GeneratedDoc records(FakeData f, int layout) {
    return new GeneratedDoc(DocumentType.MEDICAL_RECORDS, List.of(notesPage(f, layout)), Map.of());
  }

  static List<String> notesPage(FakeData f, int layout) {
    String[] reason = f.pick(FakeData.REASONS);
    List<String> p = new ArrayList<>();
    switch (layout) {
      case 0 -> {
        p.add("PROGRESS NOTE");
        p.add("Chief complaint: " + reason[0]);
        p.add("History of present illness: symptoms for " + (2 + f.r.nextInt(10)) + " weeks.");
        p.add("Exam: vitals stable, BP " + (110 + f.r.nextInt(40)) + "/" + (70 + f.r.nextInt(20)));
        p.add("Assessment and plan: " + reason[1] + ". Follow up in 4 weeks.");
      }
      case 1 -> {
        p.add("DISCHARGE SUMMARY");
        p.add("Hospital course: admitted for " + reason[0] + ", treated and improved.");
        p.add("Discharge medications: " + f.pick(FakeData.DRUGS)[0]);
        p.add("Follow-up: primary care in one week.");
      }
      default -> {
        p.add("Office visit - clinical note");
        p.add("Subjective: patient reports " + reason[0] + ".");
        p.add("Objective: no acute distress. Labs reviewed.");
        p.add("Impression: " + reason[1] + ". Continue current medications.");
      }
    }
    return p;
  }

  static GeneratedDoc patientForm(FakeData f, int layout) {
    List<String> p = new ArrayList<>();
    switch (layout) {
      case 0 -> {
        p.add("NEW PATIENT REGISTRATION FORM");
        p.add("Name: " + f.first() + " " + f.last() + "   Email: ____________");
        p.add("Emergency contact: " + f.first() + " " + f.last());
        p.add("Employer: ____________   Preferred pharmacy: ____________");
        p.add("Patient signature: ______________  Date: ________");
      }
      case 1 -> {
        p.add("Patient Intake Questionnaire");
        p.add("Please check all that apply:  [ ] Diabetes  [X] High blood pressure  [ ] Asthma");
        p.add("Current medications: " + f.pick(FakeData.DRUGS)[0]);
        p.add("Allergies: none known");
      }
      default -> {
        p.add("Consent to treat and acknowledgment of privacy practices");
        p.add("I consent to examination and treatment and accept financial responsibility.");
        p.add("Signature of patient or guardian: ______________");
      }
    }
    return new GeneratedDoc(DocumentType.PATIENT_FORM, List.of(p), Map.of());
  }

  static GeneratedDoc other(FakeData f, int layout) {
    List<String> p =
        switch (layout) {
          case 0 -> coverPage(f);
          case 1 ->
              List.of(
                  "SPECIAL OFFER for medical offices",
                  "Exam gloves and table paper at 30% off this month only.",
                  "Call 1-800-555-0199 to order. Reply REMOVE to unsubscribe from fax ads.");
          default ->
              List.of(
                  "Notice: please disregard our previous fax, it was sent in error.",
                  "If you received it by mistake, notify the sender and destroy all copies.");
        };
    return new GeneratedDoc(DocumentType.OTHER, List.of(p), Map.of());
  }

  static List<String> coverPage(FakeData f) {
    return List.of(
        "FAX COVER SHEET",
        "To: " + f.last() + " Clinic      From: " + f.last() + " Medical Group",
        "Pages (including cover): " + (2 + f.r.nextInt(3)),
        "CONFIDENTIALITY NOTICE: this fax may contain privileged health information.");
  }
}
