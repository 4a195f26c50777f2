package io.followthrough.referral;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The thresholds, waits and ladders of a referral outcome, fetched once per run through {@link
 * ReferralPolicyActivities} so a site can change them without touching workflow code. Values are
 * codes, counts and durations only.
 *
 * @param requiredFields required extracted fields by lower-case specialty; the key {@value
 *     #DEFAULT_SPECIALTY} applies to every specialty without its own entry
 * @param outreachWaits routine silence before each patient reminder rung: SMS reminder, email,
 *     voice call, letter with a staff call task, supervisor task (five waits)
 * @param urgentOutreachWaits the same five waits for urgent referrals
 * @param missingInfoWaits silence before each missing-information rung: first fax reminder, second
 *     fax reminder, coordinator task (three waits)
 * @param urgentMissingInfoWaits the same three waits for urgent referrals
 * @param missingInfoRounds requests sent to the referring office (a supplement that still lacks
 *     fields starts a new round) before a coordinator decides
 * @param noShowLimit missed appointments after which the referral ends {@code unreachable}
 * @param maxOutreachRounds outreach rounds (first contact plus re-entries after a no-show or a
 *     cancellation) before the referral ends {@code unreachable}
 * @param quietStart start of patient quiet hours (patient's local time)
 * @param quietEnd end of patient quiet hours
 * @param practiceZone IANA zone used when the patient's own zone is unknown
 * @param defaultLanguage language tag used when the patient's preference is unknown
 * @param createPatientAllowed whether an unmatched patient is registered automatically; otherwise a
 *     coordinator finds or registers them
 * @param replyConfidenceThreshold replies interpreted below this confidence go to a coordinator
 * @param taskEscalateAfter unanswered coordinator tasks go to a supervisor after this long
 * @param urgentTaskEscalateAfter the same for urgent referrals
 * @param appointmentReminderBefore how long before the visit the patient is reminded
 * @param slotSearchDays how far ahead suggested slots are looked for (routine)
 * @param urgentSlotSearchDays the same for urgent referrals
 * @param visitPollEvery after the visit time, how often the practice system is asked whether the
 *     visit was kept while no event arrives
 * @param visitConfirmWithin how long after the visit time a coordinator is asked instead
 * @param practiceName the receiving practice's name, a fact messages may state
 * @param scheduleLinkBase the self-schedule link's base; the referral key is appended
 * @param historyMaxEvents history length after which a new outreach round continues as new
 */
public record ReferralPolicy(
    Map<String, List<String>> requiredFields,
    List<Duration> outreachWaits,
    List<Duration> urgentOutreachWaits,
    List<Duration> missingInfoWaits,
    List<Duration> urgentMissingInfoWaits,
    int missingInfoRounds,
    int noShowLimit,
    int maxOutreachRounds,
    LocalTime quietStart,
    LocalTime quietEnd,
    String practiceZone,
    String defaultLanguage,
    boolean createPatientAllowed,
    double replyConfidenceThreshold,
    Duration taskEscalateAfter,
    Duration urgentTaskEscalateAfter,
    Duration appointmentReminderBefore,
    int slotSearchDays,
    int urgentSlotSearchDays,
    Duration visitPollEvery,
    Duration visitConfirmWithin,
    String practiceName,
    String scheduleLinkBase,
    long historyMaxEvents) {

  /** Key of {@link #requiredFields} that applies to specialties without their own list. */
  public static final String DEFAULT_SPECIALTY = "default";

  /** Rungs of the patient outreach ladder after the first contact. */
  public static final int OUTREACH_RUNGS = 5;

  /** Rungs of the missing-information ladder after the request. */
  public static final int MISSING_INFO_RUNGS = 3;

  public ReferralPolicy {
    if (requiredFields == null || !requiredFields.containsKey(DEFAULT_SPECIALTY)) {
      throw new IllegalArgumentException("required fields need a 'default' entry");
    }
    // Sorted and immutable, so every worker iterates it the same way.
    TreeMap<String, List<String>> sorted = new TreeMap<>();
    requiredFields.forEach((k, v) -> sorted.put(k, List.copyOf(v)));
    requiredFields = Collections.unmodifiableMap(sorted);
    outreachWaits = waits(outreachWaits, OUTREACH_RUNGS, "outreach");
    urgentOutreachWaits = waits(urgentOutreachWaits, OUTREACH_RUNGS, "urgent outreach");
    missingInfoWaits = waits(missingInfoWaits, MISSING_INFO_RUNGS, "missing-info");
    urgentMissingInfoWaits =
        waits(urgentMissingInfoWaits, MISSING_INFO_RUNGS, "urgent missing-info");
    if (missingInfoRounds < 1 || noShowLimit < 1 || maxOutreachRounds < 1) {
      throw new IllegalArgumentException("rounds and limits must be at least 1");
    }
    if (replyConfidenceThreshold < 0 || replyConfidenceThreshold > 1) {
      throw new IllegalArgumentException("reply confidence threshold must be within 0..1");
    }
    if (slotSearchDays < 1 || urgentSlotSearchDays < 1) {
      throw new IllegalArgumentException("slot search days must be at least 1");
    }
    if (historyMaxEvents < 10) {
      throw new IllegalArgumentException("history limit must be at least 10 events");
    }
  }

  /**
   * Defaults: referrals need the patient's name, date of birth and phone, the referring NPI, the
   * reason and the specialty (cardiology, gastroenterology and neurology also the ICD-10 codes);
   * patients are reminded after 2, 2, 2 and 3 days and a supervisor gets the referral 5 days later
   * (urgent: 4 h, 4 h, 4 h, 8 h, then 1 day); the referring office is reminded after 2 and 2 days
   * and a coordinator decides 3 days later (urgent: 4 h, 4 h, 8 h), for up to 3 rounds; 2 no-shows
   * or 4 outreach rounds end the referral {@code unreachable}; quiet hours 21:00–08:00; unmatched
   * patients are registered; replies below 0.80 confidence go to a person.
   */
  public static ReferralPolicy defaults() {
    List<String> base =
        List.of("patient_name", "dob", "phone", "referring_npi", "reason", "specialty");
    List<String> withDiagnosis =
        List.of("patient_name", "dob", "phone", "referring_npi", "reason", "specialty", "icd10");
    return new ReferralPolicy(
        Map.of(
            DEFAULT_SPECIALTY,
            base,
            "cardiology",
            withDiagnosis,
            "gastroenterology",
            withDiagnosis,
            "neurology",
            withDiagnosis),
        List.of(days(2), days(2), days(2), days(3), days(5)),
        List.of(hours(4), hours(4), hours(4), hours(8), days(1)),
        List.of(days(2), days(2), days(3)),
        List.of(hours(4), hours(4), hours(8)),
        3,
        2,
        4,
        LocalTime.of(21, 0),
        LocalTime.of(8, 0),
        "America/New_York",
        "en",
        true,
        0.80,
        days(1),
        hours(2),
        days(1),
        28,
        7,
        hours(4),
        days(2),
        "Followthrough Specialty Care",
        "https://schedule.example.org/r/",
        10_000);
  }

  /** The required fields of {@code specialty} (lower-case), or the default list. */
  public List<String> requiredFieldsFor(String specialty) {
    List<String> own = specialty == null ? null : requiredFields.get(specialty);
    return own != null ? own : requiredFields.get(DEFAULT_SPECIALTY);
  }

  /** Specialties with their own required-field list. */
  public List<String> knownSpecialties() {
    return requiredFields.keySet().stream().filter(k -> !k.equals(DEFAULT_SPECIALTY)).toList();
  }

  /** A copy that does (or does not) register unmatched patients. */
  public ReferralPolicy withCreatePatientAllowed(boolean allowed) {
    return new ReferralPolicy(
        requiredFields,
        outreachWaits,
        urgentOutreachWaits,
        missingInfoWaits,
        urgentMissingInfoWaits,
        missingInfoRounds,
        noShowLimit,
        maxOutreachRounds,
        quietStart,
        quietEnd,
        practiceZone,
        defaultLanguage,
        allowed,
        replyConfidenceThreshold,
        taskEscalateAfter,
        urgentTaskEscalateAfter,
        appointmentReminderBefore,
        slotSearchDays,
        urgentSlotSearchDays,
        visitPollEvery,
        visitConfirmWithin,
        practiceName,
        scheduleLinkBase,
        historyMaxEvents);
  }

  /** A copy with another history limit (tests use a small one to see continue-as-new). */
  public ReferralPolicy withHistoryMaxEvents(long events) {
    return new ReferralPolicy(
        requiredFields,
        outreachWaits,
        urgentOutreachWaits,
        missingInfoWaits,
        urgentMissingInfoWaits,
        missingInfoRounds,
        noShowLimit,
        maxOutreachRounds,
        quietStart,
        quietEnd,
        practiceZone,
        defaultLanguage,
        createPatientAllowed,
        replyConfidenceThreshold,
        taskEscalateAfter,
        urgentTaskEscalateAfter,
        appointmentReminderBefore,
        slotSearchDays,
        urgentSlotSearchDays,
        visitPollEvery,
        visitConfirmWithin,
        practiceName,
        scheduleLinkBase,
        events);
  }

  private static List<Duration> waits(List<Duration> waits, int size, String what) {
    if (waits == null || waits.size() != size) {
      throw new IllegalArgumentException(what + " ladder needs exactly " + size + " waits");
    }
    for (Duration d : waits) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(what + " waits must be positive");
      }
    }
    return List.copyOf(waits);
  }

  private static Duration days(long n) {
    return Duration.ofDays(n);
  }

  private static Duration hours(long n) {
    return Duration.ofHours(n);
  }
}
