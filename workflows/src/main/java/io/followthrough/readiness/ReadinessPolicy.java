package io.followthrough.readiness;

import io.followthrough.channels.Channel;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The items, waits and decisions of the intake-readiness outcome, fetched once per run through
 * {@link ReadinessPolicyActivities}. Codes, counts and durations only.
 *
 * @param requiredItems item codes each visit needs, by lower-case specialty; the key {@value
 *     #DEFAULT_SPECIALTY} applies to specialties without their own entry
 * @param askChannels the patient ask ladder: the first ask and each reminder, one channel each (a
 *     channel the patient cannot be reached on falls through to the next ones of the ladder)
 * @param askWaits the wait before each reminder (one fewer than {@code askChannels})
 * @param recheckEvery how often the practice system is checked again while items are missing
 * @param escalateBefore how long before the visit a coordinator is asked, with everything tried
 * @param deadlineBefore how long before the visit the policy decides: proceed or reschedule
 * @param deadlineDecisions per missing item, {@value #PROCEED} or {@value #RESCHEDULE}; one missing
 *     item that says reschedule reschedules the visit
 * @param quietStart start of patient quiet hours (patient's local time)
 * @param quietEnd end of patient quiet hours
 * @param practiceZone IANA zone used when the patient's own zone is unknown
 * @param defaultLanguage language used when the patient's preference is unknown
 * @param taskEscalateAfter unanswered coordinator tasks go to a supervisor after this long
 * @param practiceName the practice's name, a fact messages may state
 * @param formLinkBase where the patient completes items; the appointment id is appended
 */
public record ReadinessPolicy(
    Map<String, List<String>> requiredItems,
    List<Channel> askChannels,
    List<Duration> askWaits,
    Duration recheckEvery,
    Duration escalateBefore,
    Duration deadlineBefore,
    Map<String, String> deadlineDecisions,
    LocalTime quietStart,
    LocalTime quietEnd,
    String practiceZone,
    String defaultLanguage,
    Duration taskEscalateAfter,
    String practiceName,
    String formLinkBase) {

  /** Key of {@link #requiredItems} for specialties without their own list. */
  public static final String DEFAULT_SPECIALTY = "default";

  /** Deadline decision: the visit goes ahead; the front desk completes what is missing. */
  public static final String PROCEED = "proceed";

  /**
   * Deadline decision: the appointment is cancelled so it can be rebooked, and the patient told.
   */
  public static final String RESCHEDULE = "reschedule";

  public ReadinessPolicy {
    if (requiredItems == null || !requiredItems.containsKey(DEFAULT_SPECIALTY)) {
      throw new IllegalArgumentException("required items need a 'default' entry");
    }
    TreeMap<String, List<String>> sorted = new TreeMap<>();
    requiredItems.forEach(
        (k, v) -> {
          for (String item : v) {
            if (!ReadinessItems.known(item)) {
              throw new IllegalArgumentException(
                  "required-items."
                      + k
                      + ": unknown item '"
                      + item
                      + "' (items: "
                      + ReadinessItems.ALL
                      + ")");
            }
          }
          sorted.put(k, List.copyOf(v));
        });
    requiredItems = Collections.unmodifiableMap(sorted);
    if (askChannels == null || askChannels.isEmpty()) {
      throw new IllegalArgumentException("ask-channels needs at least one channel");
    }
    askChannels = List.copyOf(askChannels);
    if (askWaits == null || askWaits.size() != askChannels.size() - 1) {
      throw new IllegalArgumentException(
          "ask-waits needs exactly "
              + (askChannels.size() - 1)
              + " waits (one per reminder of ask-channels)");
    }
    askWaits = List.copyOf(askWaits);
    for (Duration d : askWaits) {
      positive(d, "ask-waits");
    }
    positive(recheckEvery, "recheck-every");
    positive(escalateBefore, "escalate-before");
    positive(deadlineBefore, "deadline-before");
    positive(taskEscalateAfter, "task-escalate-after");
    if (escalateBefore.compareTo(deadlineBefore) <= 0) {
      throw new IllegalArgumentException("escalate-before must be longer than deadline-before");
    }
    TreeMap<String, String> decisions = new TreeMap<>();
    for (String item : ReadinessItems.ALL) {
      String d = deadlineDecisions == null ? null : deadlineDecisions.get(item);
      if (!PROCEED.equals(d) && !RESCHEDULE.equals(d)) {
        throw new IllegalArgumentException(
            "deadline-decision." + item + " must be proceed or reschedule");
      }
      decisions.put(item, d);
    }
    deadlineDecisions = Collections.unmodifiableMap(decisions);
  }

  /**
   * Defaults: every visit needs intake forms, an insurance card on file with verified eligibility
   * and a photo ID; cardiology, gastroenterology and neurology also a referral; orthopedics and
   * neurology a prior authorization. The patient is asked by SMS, reminded by SMS after 1 day and
   * by email 2 days later; items are re-checked every 6 hours; a coordinator is asked 3 days before
   * the visit and the policy decides 1 day before: a missing referral or authorization reschedules,
   * anything else proceeds (the front desk completes it). Quiet hours 21:00–08:00.
   */
  public static ReadinessPolicy defaults() {
    List<String> base =
        List.of(
            ReadinessItems.INTAKE_FORMS,
            ReadinessItems.INSURANCE_CARD,
            ReadinessItems.INSURANCE_VERIFIED,
            ReadinessItems.PHOTO_ID);
    return new ReadinessPolicy(
        Map.of(
            DEFAULT_SPECIALTY,
            base,
            "cardiology",
            plus(base, ReadinessItems.REFERRAL),
            "gastroenterology",
            plus(base, ReadinessItems.REFERRAL),
            "neurology",
            plus(plus(base, ReadinessItems.REFERRAL), ReadinessItems.AUTHORIZATION),
            "orthopedics",
            plus(base, ReadinessItems.AUTHORIZATION)),
        List.of(Channel.SMS, Channel.SMS, Channel.EMAIL),
        List.of(Duration.ofDays(1), Duration.ofDays(2)),
        Duration.ofHours(6),
        Duration.ofDays(3),
        Duration.ofDays(1),
        Map.of(
            ReadinessItems.INTAKE_FORMS, PROCEED,
            ReadinessItems.INSURANCE_CARD, PROCEED,
            ReadinessItems.INSURANCE_VERIFIED, PROCEED,
            ReadinessItems.REFERRAL, RESCHEDULE,
            ReadinessItems.AUTHORIZATION, RESCHEDULE,
            ReadinessItems.PHOTO_ID, PROCEED),
        LocalTime.of(21, 0),
        LocalTime.of(8, 0),
        "America/New_York",
        "en",
        Duration.ofDays(1),
        "Followthrough Specialty Care",
        "https://forms.example.org/ready/");
  }

  /** The items a visit in {@code specialty} needs. */
  public List<String> requiredFor(String specialty) {
    List<String> own = specialty == null ? null : requiredItems.get(specialty);
    return own != null ? own : requiredItems.get(DEFAULT_SPECIALTY);
  }

  /** Specialties with their own item list. */
  public List<String> knownSpecialties() {
    return requiredItems.keySet().stream().filter(k -> !k.equals(DEFAULT_SPECIALTY)).toList();
  }

  /** {@value #RESCHEDULE} when any of {@code missing} says so, else {@value #PROCEED}. */
  public String decisionFor(List<String> missing) {
    return missing.stream().anyMatch(m -> RESCHEDULE.equals(deadlineDecisions.get(m)))
        ? RESCHEDULE
        : PROCEED;
  }

  /** A copy with other waits and times (tests). */
  public ReadinessPolicy withTimes(
      List<Duration> waits, Duration recheck, Duration escalate, Duration deadline) {
    return new ReadinessPolicy(
        requiredItems,
        askChannels,
        waits,
        recheck,
        escalate,
        deadline,
        deadlineDecisions,
        quietStart,
        quietEnd,
        practiceZone,
        defaultLanguage,
        taskEscalateAfter,
        practiceName,
        formLinkBase);
  }

  private static List<String> plus(List<String> items, String item) {
    return java.util.stream.Stream.concat(items.stream(), java.util.stream.Stream.of(item))
        .toList();
  }

  private static void positive(Duration d, String what) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " must be positive");
    }
  }
}
