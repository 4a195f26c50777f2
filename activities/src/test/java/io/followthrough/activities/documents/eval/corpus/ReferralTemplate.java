package io.followthrough.activities.documents.eval.corpus;

import io.followthrough.activities.ai.DocumentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Referral forms in three layouts; layout 2 is reserved for the held-out slice. */
final class ReferralTemplate {
  private ReferralTemplate() {}

  static GeneratedDoc make(FakeData f, int layout) {
    String name = f.first() + " " + f.last();
    LocalDate dob = f.dob();
    String sex = f.r.nextBoolean() ? "F" : "M";
    String phone = f.phoneDigits();
    String street = (10 + f.r.nextInt(980)) + " " + f.pick(FakeData.STREETS);
    String city = f.pick(FakeData.CITIES);
    String mrn = f.digits(8);
    String payer = f.pick(FakeData.PAYERS);
    String member = f.letters(3) + f.digits(9);
    String refName = f.first() + " " + f.last();
    String npi = f.npi();
    String refPhone = f.phoneDigits();
    String refFax = f.phoneDigits();
    String specialty = f.pick(FakeData.SPECIALTIES);
    String receiving = f.first() + " " + f.last();
    String[] reason = f.pick(FakeData.REASONS);
    List<String> icd = new ArrayList<>(List.of(reason[1]));
    if (f.r.nextBoolean()) {
      icd.add(f.pick(FakeData.EXTRA_ICD));
    }
    String urgency = f.pick(List.of("routine", "routine", "urgent", "stat"));
    String clinic = f.last() + " Family Medicine";
    List<String> p = new ArrayList<>();
    switch (layout) {
      case 0 -> {
        p.add(clinic);
        p.add("REFERRAL FORM");
        p.add("PATIENT INFORMATION");
        p.add("Name: " + name);
        p.add(Formats.columns("DOB: " + Formats.date(dob, f.r), "Sex: " + sex));
        p.add("Phone: " + Formats.phone(phone, f.r));
        p.add("Address: " + street);
        p.add(city);
        p.add("MRN: " + mrn);
        p.add("INSURANCE");
        p.add(Formats.columns("Insurance: " + payer, "Member ID: " + member));
        p.add("REFERRING PROVIDER");
        p.add("Name: Dr. " + refName + ", MD");
        p.add("NPI: " + npi);
        p.add(
            Formats.columns(
                "Phone: " + Formats.phone(refPhone, f.r), "Fax: " + Formats.phone(refFax, f.r)));
        p.add("REFER TO");
        p.add("Specialty: " + specialty);
        p.add("Provider: Dr. " + receiving);
        p.add("Reason for Referral: " + reason[0]);
        p.add("ICD-10: " + String.join(", ", icd));
        p.add("Urgency: " + cap(urgency));
      }
      case 1 -> {
        p.add("Consultation Request - " + clinic);
        String[] parts = name.split(" ");
        p.add(
            Formats.columns(
                "Patient Name: " + parts[1].toUpperCase() + ", " + parts[0].toUpperCase(),
                "Date of Birth: " + Formats.date(dob, f.r)));
        p.add(
            Formats.columns(
                "Gender: " + (sex.equals("F") ? "Female" : "Male"),
                "Patient Phone: " + Formats.phone(phone, f.r)));
        p.add("Home Address: " + street + ", " + city);
        p.add("Medical Record Number: " + mrn);
        p.add(Formats.columns("Primary Insurance: " + payer, "Subscriber ID: " + member));
        p.add(Formats.columns("Referring Physician: " + refName + ", MD", "Referring NPI: " + npi));
        p.add(
            Formats.columns(
                "Office Phone: " + Formats.phone(refPhone, f.r),
                "Office Fax: " + Formats.phone(refFax, f.r)));
        p.add(
            Formats.columns("Specialty Requested: " + specialty, "Referred To: Dr. " + receiving));
        p.add("Reason for Consult: " + reason[0]);
        p.add("Diagnosis Codes: " + String.join(" ", icd));
        p.add("Priority: " + urgency.toUpperCase());
      }
      default -> {
        p.add("OUTPATIENT REFERRAL REQUEST");
        p.add("Sending office: " + clinic);
        p.add(Formats.columns("Pt Name: " + name, "D.O.B.: " + Formats.date(dob, f.r)));
        p.add(Formats.columns("Gender: " + sex, "Cell Phone: " + Formats.phone(phone, f.r)));
        p.add("Patient Address: " + street + ", " + city);
        p.add("Chart No: " + mrn);
        p.add("Health Plan: " + payer);
        p.add("Policy Number: " + member);
        p.add("Referred By:");
        p.add("Dr. " + refName);
        p.add("Provider NPI: " + npi);
        p.add(
            Formats.columns(
                "Provider Phone: " + Formats.phone(refPhone, f.r),
                "Provider Fax: " + Formats.phone(refFax, f.r)));
        p.add("Service Requested: " + specialty);
        p.add("Consultant: " + receiving + ", MD");
        p.add("Clinical Indication: " + reason[0]);
        p.add("Dx Codes: " + String.join("; ", icd));
        p.add(
            "Urgency: "
                + box(urgency, "routine")
                + " Routine  "
                + box(urgency, "urgent")
                + " Urgent  "
                + box(urgency, "stat")
                + " STAT");
      }
    }
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("patient_name", name);
    t.put("dob", dob.toString());
    t.put("sex", sex);
    t.put("phone", phone);
    t.put("address", street + ", " + city);
    t.put("mrn", mrn);
    t.put("payer", payer);
    t.put("member_id", member);
    t.put("referring_provider", refName);
    t.put("referring_npi", npi);
    t.put("referring_phone", refPhone);
    t.put("referring_fax", refFax);
    t.put("specialty", specialty);
    t.put("receiving_provider", receiving);
    t.put("reason", reason[0]);
    t.put("icd10", icd);
    t.put("urgency", urgency);
    return new GeneratedDoc(DocumentType.REFERRAL, List.of(p), t);
  }

  private static String box(String value, String option) {
    return value.equals(option) ? "[X]" : "[ ]";
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
