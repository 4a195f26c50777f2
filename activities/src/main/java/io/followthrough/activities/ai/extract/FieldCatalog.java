package io.followthrough.activities.ai.extract;

import static io.followthrough.activities.ai.extract.FieldKind.*;

import io.followthrough.activities.ai.DocumentType;
import java.util.List;
import java.util.Map;

/** The fields extracted for each document type, with the label wordings seen on real forms. */
public final class FieldCatalog {
  private static final FieldSpec PATIENT_NAME =
      FieldSpec.of("patient_name", PERSON_NAME, "Patient Name", "Patient", "Pt Name", "Member Name")
          .inSection(Section.PATIENT, "Name", "Full Name");
  private static final FieldSpec DOB =
      FieldSpec.of("dob", BIRTH_DATE, "Date of Birth", "DOB", "D.O.B.", "Birth Date", "Birthdate");

  private static final List<FieldSpec> REFERRAL =
      List.of(
          PATIENT_NAME,
          DOB,
          FieldSpec.of("sex", SEX, "Sex", "Gender"),
          FieldSpec.of(
                  "phone", PHONE, "Patient Phone", "Pt Phone", "Home Phone", "Cell Phone", "Mobile")
              .inSection(Section.PATIENT, "Phone", "Telephone", "Tel", "Ph"),
          FieldSpec.of("address", ADDRESS, "Patient Address", "Home Address")
              .inSection(Section.PATIENT, "Address", "Addr"),
          FieldSpec.of(
              "mrn",
              IDENTIFIER,
              "MRN",
              "Medical Record Number",
              "Medical Record No",
              "Chart Number",
              "Chart No"),
          FieldSpec.of(
              "payer",
              TEXT,
              "Insurance Carrier",
              "Insurance",
              "Primary Insurance",
              "Payer",
              "Health Plan",
              "Plan"),
          FieldSpec.of(
              "member_id",
              IDENTIFIER,
              "Member ID",
              "Member Number",
              "Subscriber ID",
              "Policy Number",
              "Policy No",
              "Insurance ID",
              "ID Number"),
          FieldSpec.of(
                  "referring_provider",
                  PERSON_NAME,
                  "Referring Provider",
                  "Referring Physician",
                  "Referring Doctor",
                  "Referred By",
                  "Ordering Provider",
                  "Ordering Physician")
              .inSection(Section.REFERRING, "Provider Name", "Provider", "Physician", "Name"),
          FieldSpec.of(
                  "referring_npi",
                  NPI,
                  "Referring NPI",
                  "Referring Provider NPI",
                  "Provider NPI",
                  "Ordering NPI")
              .inSection(Section.REFERRING, "NPI", "NPI Number", "NPI #"),
          FieldSpec.of(
                  "referring_phone",
                  PHONE,
                  "Referring Phone",
                  "Provider Phone",
                  "Office Phone",
                  "Physician Phone",
                  "Referring Office Phone")
              .inSection(Section.REFERRING, "Phone", "Telephone", "Tel", "Ph"),
          FieldSpec.of(
                  "referring_fax",
                  PHONE,
                  "Referring Fax",
                  "Provider Fax",
                  "Office Fax",
                  "Return Fax",
                  "Fax Back")
              .inSection(Section.REFERRING, "Fax", "Fax Number", "Fax No"),
          FieldSpec.of(
                  "specialty",
                  TEXT,
                  "Specialty",
                  "Specialty Requested",
                  "Service Requested",
                  "Department",
                  "Refer to Specialty")
              .inSection(Section.RECEIVING, "Service"),
          FieldSpec.of(
                  "receiving_provider",
                  PERSON_NAME,
                  "Receiving Provider",
                  "Referred To",
                  "Refer To",
                  "Referring To",
                  "Consultant",
                  "Specialist")
              .inSection(Section.RECEIVING, "Provider Name", "Provider", "Physician", "Name"),
          FieldSpec.of(
              "reason",
              TEXT,
              "Reason for Referral",
              "Reason for Consult",
              "Reason for Consultation",
              "Referral Reason",
              "Reason",
              "Clinical Indication",
              "Chief Complaint"),
          FieldSpec.of(
              "icd10",
              ICD10_LIST,
              "ICD-10 Codes",
              "ICD-10",
              "ICD10",
              "ICD 10",
              "Diagnosis Codes",
              "Diagnosis Code",
              "Dx Codes",
              "Dx Code",
              "Diagnosis",
              "Dx"),
          FieldSpec.of(
              "urgency", URGENCY, "Urgency", "Priority", "Referral Type", "Scheduling Priority"));

  private static final List<FieldSpec> REFILL =
      List.of(
          FieldSpec.of(
              "drug",
              DRUG,
              "Medication Name",
              "Medication",
              "Drug Name",
              "Drug",
              "Rx",
              "Prescription"),
          FieldSpec.of(
              "strength",
              STRENGTH,
              "Strength",
              "Dose",
              "Dosage",
              "Medication Name",
              "Medication",
              "Drug Name",
              "Drug",
              "Rx"),
          FieldSpec.of("sig", TEXT, "Sig", "Directions", "Instructions", "Directions for Use"),
          FieldSpec.of(
              "pharmacy_name",
              TEXT,
              "Pharmacy Name",
              "Pharmacy",
              "Dispensing Pharmacy",
              "From Pharmacy"));

  private static final List<FieldSpec> PRIOR_AUTH =
      List.of(
          FieldSpec.of(
              "payer",
              TEXT,
              "Health Plan",
              "Payer",
              "Insurance Carrier",
              "Insurance",
              "Plan Name",
              "Payor"),
          FieldSpec.of(
              "decision",
              DECISION,
              "Determination",
              "Decision",
              "Status",
              "Review Outcome",
              "Authorization Status"),
          FieldSpec.of(
              "reference_number",
              IDENTIFIER,
              "Authorization Number",
              "Auth Number",
              "Auth No",
              "Auth #",
              "Reference Number",
              "Reference No",
              "Ref Number",
              "Ref No",
              "Ref #",
              "Case Number",
              "Case No",
              "Case ID",
              "Tracking Number"),
          FieldSpec.of(
              "deadline",
              NEAR_DATE,
              "Respond By",
              "Response Due",
              "Deadline",
              "Due Date",
              "Valid Through",
              "Expiration Date",
              "Expires",
              "Appeal By"));

  private static final List<FieldSpec> LAB =
      List.of(
          FieldSpec.of(
              "test_name",
              TEXT,
              "Test Name",
              "Test",
              "Test Ordered",
              "Panel",
              "Procedure",
              "Order"),
          PATIENT_NAME,
          DOB,
          FieldSpec.of(
              "ordering_provider",
              PERSON_NAME,
              "Ordering Provider",
              "Ordering Physician",
              "Ordering Clinician",
              "Ordered By"),
          FieldSpec.of("ordering_npi", NPI, "Ordering NPI", "Ordering Provider NPI", "NPI"));

  private static final Map<DocumentType, List<FieldSpec>> BY_TYPE =
      Map.of(
          DocumentType.REFERRAL, REFERRAL,
          DocumentType.REFILL_REQUEST, REFILL,
          DocumentType.PRIOR_AUTH, PRIOR_AUTH,
          DocumentType.LAB_RESULT, LAB);

  private FieldCatalog() {}

  /** The fields of {@code type}; empty for types without extraction. */
  public static List<FieldSpec> fieldsOf(DocumentType type) {
    return BY_TYPE.getOrDefault(type, List.of());
  }
}
