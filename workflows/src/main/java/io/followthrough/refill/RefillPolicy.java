package io.followthrough.refill;

import java.time.Duration;
import java.util.List;

/**
 * What a site decides about refill requests, read from settings {@code followthrough.refill.*} by
 * the policy activity ({@link RefillPolicyActivities}). Codes and durations only.
 *
 * @param maxMonthsSinceVisit a patient last seen longer ago needs a visit before a refill
 * @param controlledMaxMonthsSinceVisit the same for controlled substances; the finding goes to the
 *     clinician, who always decides controlled substances
 * @param autoApprove approve a non-controlled refill of a patient seen recently by protocol,
 *     without a prescriber task (never for controlled substances)
 * @param prescriberRole the role of the prescriber approval task
 * @param prescriberEscalateAfter an unanswered prescriber task escalates after this long
 * @param prescriberEscalationRoles the roles it escalates to, in order
 * @param coordinatorEscalateAfter an unanswered coordinator task escalates to a supervisor after
 * @param pharmacyConfirmWaits waits for the pharmacy's confirmation: before each resend of the
 *     decision fax, and last before the staff task (at least one)
 * @param visitSearchDays how far ahead to look for visit slots
 * @param visitSpecialty the specialty to book a required visit in when the prescriber's is unknown
 * @param practiceName the practice's name in messages
 * @param practiceZone the practice's time zone (visit dates, patient quiet hours by default)
 * @param defaultLanguage the language of a patient without one on file
 */
public record RefillPolicy(
    int maxMonthsSinceVisit,
    int controlledMaxMonthsSinceVisit,
    boolean autoApprove,
    String prescriberRole,
    Duration prescriberEscalateAfter,
    List<String> prescriberEscalationRoles,
    Duration coordinatorEscalateAfter,
    List<Duration> pharmacyConfirmWaits,
    int visitSearchDays,
    String visitSpecialty,
    String practiceName,
    String practiceZone,
    String defaultLanguage) {

  public RefillPolicy {
    prescriberEscalationRoles = List.copyOf(prescriberEscalationRoles);
    pharmacyConfirmWaits = List.copyOf(pharmacyConfirmWaits);
    if (maxMonthsSinceVisit < 1 || controlledMaxMonthsSinceVisit < 1) {
      throw new IllegalArgumentException("months since the last visit must be at least 1");
    }
    if (pharmacyConfirmWaits.isEmpty()
        || pharmacyConfirmWaits.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
      throw new IllegalArgumentException("pharmacy-confirm-waits needs at least one positive wait");
    }
    if (prescriberEscalateAfter.isNegative() || prescriberEscalateAfter.isZero()) {
      throw new IllegalArgumentException("prescriber-escalate-after must be positive");
    }
    if (coordinatorEscalateAfter.isNegative() || coordinatorEscalateAfter.isZero()) {
      throw new IllegalArgumentException("coordinator-escalate-after must be positive");
    }
    if (prescriberRole == null || !prescriberRole.matches("[a-z][a-z0-9-]{0,39}")) {
      throw new IllegalArgumentException("prescriber-role must be a lower-case role code");
    }
    if (visitSearchDays < 1) {
      throw new IllegalArgumentException("visit-search-days must be at least 1");
    }
  }

  /** The built-in defaults (docs/refill.md). */
  public static RefillPolicy defaults() {
    return new RefillPolicy(
        12,
        6,
        false,
        "clinician",
        Duration.ofHours(24),
        List.of("supervisor"),
        Duration.ofHours(8),
        List.of(Duration.ofHours(4), Duration.ofHours(4), Duration.ofHours(8)),
        14,
        "cardiology",
        "Followthrough Clinic",
        "America/New_York",
        "en");
  }

  /** How many times the decision fax is resent before staff take over. */
  public int pharmacyResends() {
    return pharmacyConfirmWaits.size() - 1;
  }
}
