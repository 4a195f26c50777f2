package io.followthrough.priorauth;

import java.util.List;

/**
 * What a prior authorization starts from: references and codes only. The trigger on bookings fills
 * it from the appointment and the patient's coverage; {@code POST /api/outcomes} may send it for
 * any order.
 *
 * @param orderKey the order or visit, e.g. the appointment id {@code appt-0007} (the workflow id is
 *     {@code prior-auth/<orderKey>})
 * @param patientRef the patient
 * @param payer the patient's payer code, e.g. {@code aetna}
 * @param specialty the visit's specialty code, e.g. {@code cardiology}
 * @param serviceCode the service (CPT/HCPCS) code; null takes the payer rules table's code for the
 *     specialty
 * @param diagnosisCodes ICD-10 codes of the order or referral (may be empty)
 * @param documents clinical documents on file for the packet
 * @param appointmentId the appointment the authorization is for, or null for an order without one
 * @param site the site code for analytics, or null
 */
public record PriorAuthInput(
    String orderKey,
    String patientRef,
    String payer,
    String specialty,
    String serviceCode,
    List<String> diagnosisCodes,
    List<PacketDocument> documents,
    String appointmentId,
    String site) {

  public PriorAuthInput {
    diagnosisCodes = diagnosisCodes == null ? List.of() : List.copyOf(diagnosisCodes);
    documents = documents == null ? List.of() : List.copyOf(documents);
  }

  @Override
  public String toString() {
    // Diagnosis codes are clinical content: counts only.
    return "PriorAuthInput[orderKey=%s, payer=%s, specialty=%s, diagnoses=%d, documents=%d]"
        .formatted(orderKey, payer, specialty, diagnosisCodes.size(), documents.size());
  }
}
