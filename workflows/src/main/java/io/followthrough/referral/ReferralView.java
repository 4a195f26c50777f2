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
    String disposition) {}
