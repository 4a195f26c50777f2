package io.followthrough.recovery;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/**
 * Thresholds, waves and the rebooking ladder of one site's cancellation recovery, from settings
 * {@code followthrough.recovery.*} ({@link RecoveryPolicyActivities}). See
 * docs/cancellation-recovery.md for every key.
 *
 * @param waveSize waitlisted patients offered the slot at once
 * @param waveWait how long a wave has to accept before the next wave is offered
 * @param maxWaves waves in all; then the slot is given up (unfilled)
 * @param minLead no offers for a slot that starts sooner than this
 * @param maxTravelMinutes patients farther away are not offered the slot
 * @param rebookWaits waits before the three rungs of the rebooking ladder: SMS reminder, email (or
 *     voice) reminder, staff task
 * @param maxRebookRounds offers of a new time (after a taken slot) before staff decides
 * @param rebookSearchDays how far ahead new times for the cancelling patient are searched
 * @param noRebookReasons cancellation reason codes after which the patient is not chased
 * @param quietStart patient quiet hours start (local)
 * @param quietEnd patient quiet hours end (local)
 * @param practiceZone the practice's zone (slot dates, quiet hours when the patient's is unknown)
 * @param defaultLanguage when the patient's is unknown
 * @param practiceName message fact
 * @param replyConfidence below it, a person reads a free-text reply
 * @param taskEscalateAfter coordinator task → supervisor
 */
public record RecoveryPolicy(
    int waveSize,
    Duration waveWait,
    int maxWaves,
    Duration minLead,
    int maxTravelMinutes,
    List<Duration> rebookWaits,
    int maxRebookRounds,
    int rebookSearchDays,
    List<String> noRebookReasons,
    LocalTime quietStart,
    LocalTime quietEnd,
    String practiceZone,
    String defaultLanguage,
    String practiceName,
    double replyConfidence,
    Duration taskEscalateAfter) {

  /** Rungs of the rebooking ladder. */
  public static final int REBOOK_RUNGS = 3;

  public RecoveryPolicy {
    rebookWaits = List.copyOf(rebookWaits);
    noRebookReasons = List.copyOf(noRebookReasons);
    require(waveSize >= 1 && waveSize <= 50, "wave-size must be 1..50");
    require(positive(waveWait), "wave-wait must be positive");
    require(maxWaves >= 1 && maxWaves <= 20, "max-waves must be 1..20");
    require(minLead != null && !minLead.isNegative(), "min-lead must not be negative");
    require(maxTravelMinutes > 0, "max-travel-minutes must be positive");
    require(
        rebookWaits.size() == REBOOK_RUNGS
            && rebookWaits.stream().allMatch(RecoveryPolicy::positive),
        "rebook-waits must be " + REBOOK_RUNGS + " positive durations");
    require(maxRebookRounds >= 1, "max-rebook-rounds must be at least 1");
    require(rebookSearchDays >= 1, "rebook-search-days must be at least 1");
    require(quietStart != null && quietEnd != null, "quiet-hours are required");
    require(practiceZone != null && !practiceZone.isBlank(), "practice-zone is required");
    require(replyConfidence > 0 && replyConfidence <= 1, "reply-confidence must be in (0, 1]");
    require(positive(taskEscalateAfter), "task-escalate-after must be positive");
  }

  /** The built-in policy. */
  public static RecoveryPolicy defaults() {
    return new RecoveryPolicy(
        3,
        Duration.ofMinutes(30),
        3,
        Duration.ofHours(2),
        90,
        List.of(Duration.ofDays(1), Duration.ofDays(1), Duration.ofDays(2)),
        3,
        28,
        List.of("patient-deceased", "went-elsewhere", "patient-declined"),
        LocalTime.of(21, 0),
        LocalTime.of(8, 0),
        "America/New_York",
        "en",
        "Followthrough Specialty Care",
        0.80,
        Duration.ofDays(1));
  }

  private static boolean positive(Duration d) {
    return d != null && !d.isNegative() && !d.isZero();
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
