package io.followthrough.referral;

import java.util.List;

/**
 * The {@code referral} query's answer: references, codes and counts only.
 *
 * @param documentIds the referral's documents, first one first
 * @param specialty lower-case specialty code, or null until known
 * @param urgency {@code ROUTINE}/{@code URGENT}, or null until triaged
 * @param patientRef the patient, or null until matched
 * @param appointmentId the current appointment, or null
 * @param missingFields required fields still missing
 * @param messagesSent idempotency keys of every message sent so far, in order
 * @param noShows how many appointments were missed
 * @param disposition how it ended, or null while open
 * @param referrerRef the referring office's recipient reference ({@code npi:<npi>}, or {@code
 *     fax-sender:<documentId>} when no NPI was read), or null until known
 * @param blockedChannels patient channels not used any more (opt-out, wrong number, no address)
 * @param appointmentStatus the current appointment's last known status, or null
 * @param outreachRound 1 for the first outreach, one more after each no-show or cancellation
 */
public record ReferralView(
    List<String> documentIds,
    String specialty,
    String urgency,
    String patientRef,
    String appointmentId,
    List<String> missingFields,
    List<String> messagesSent,
    int noShows,
    String disposition,
    String referrerRef,
    List<String> blockedChannels,
    String appointmentStatus,
    int outreachRound) {

  public ReferralView {
    documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
    missingFields = missingFields == null ? List.of() : List.copyOf(missingFields);
    messagesSent = messagesSent == null ? List.of() : List.copyOf(messagesSent);
    blockedChannels = blockedChannels == null ? List.of() : List.copyOf(blockedChannels);
  }
}
