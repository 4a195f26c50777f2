package io.followthrough.priorauth;

import java.util.List;

/**
 * A signed appeal of a denial.
 *
 * @param deniedTrackingId the denied submission
 * @param denialReason the payer's reason code being appealed
 * @param letterTemplateId the approved template the letter follows (null when written by hand)
 * @param letter the letter's text (PHI: never logged)
 * @param documents clinical documents attached
 * @param signedBy staff id of the clinician who signed it
 */
public record AppealPacket(
    String deniedTrackingId,
    String denialReason,
    String letterTemplateId,
    String letter,
    List<PacketDocument> documents,
    String signedBy) {

  public AppealPacket {
    documents = documents == null ? List.of() : List.copyOf(documents);
  }

  @Override
  public String toString() {
    return "AppealPacket[denied=%s, reason=%s, template=%s, length=%d, documents=%d, signedBy=%s]"
        .formatted(
            deniedTrackingId,
            denialReason,
            letterTemplateId,
            letter == null ? 0 : letter.length(),
            documents.size(),
            signedBy);
  }
}
