package io.followthrough.priorauth;

import java.util.List;

/**
 * What goes to the payer: codes and document references, never document text.
 *
 * @param orderKey the order or visit
 * @param patientRef the patient (the payer adapter looks up the member id)
 * @param payer the payer code
 * @param specialty the specialty code
 * @param serviceCode the service code
 * @param diagnosisCodes ICD-10 codes
 * @param documents clinical documents attached
 */
public record AuthPacket(
    String orderKey,
    String patientRef,
    String payer,
    String specialty,
    String serviceCode,
    List<String> diagnosisCodes,
    List<PacketDocument> documents) {

  public AuthPacket {
    diagnosisCodes = diagnosisCodes == null ? List.of() : List.copyOf(diagnosisCodes);
    documents = documents == null ? List.of() : List.copyOf(documents);
  }

  @Override
  public String toString() {
    return "AuthPacket[orderKey=%s, payer=%s, serviceCode=%s, diagnoses=%d, documents=%d]"
        .formatted(orderKey, payer, serviceCode, diagnosisCodes.size(), documents.size());
  }
}
