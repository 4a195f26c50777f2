package io.followthrough.triage;

import java.util.List;

/**
 * Where a triage stands (query {@code triage}): codes, refs and ids, no message text.
 *
 * @param urgency the urgency acted on, or null before classification
 * @param refill whether the message asks for a refill
 * @param afterHours whether it arrived outside office hours
 * @param instructionsSent idempotency key of the emergency instructions, or null
 * @param pages page ids sent, in order
 * @param acknowledgedBy the clinician who acknowledged, or null
 * @param answeredBy who confirmed the patient was answered, or null
 * @param disposition how it ended, or null while open
 */
public record MessageTriageView(
    MessageUrgency urgency,
    boolean refill,
    boolean afterHours,
    String instructionsSent,
    List<String> pages,
    String acknowledgedBy,
    String answeredBy,
    String disposition) {}
