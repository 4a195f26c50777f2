package io.followthrough.referral;

import io.followthrough.channels.Channel;
import io.followthrough.sdk.EscalationLadder;
import io.followthrough.sdk.HumanTaskSpec;
import io.followthrough.sdk.Stage;
import java.time.Duration;
import java.util.List;

/** The stages, ladders and message purposes of a referral. */
final class ReferralStages {

  static final Stage INTAKE = Stage.named("intake").withDeadline(Duration.ofHours(1));
  static final Stage TRIAGE = Stage.named("triage").withDeadline(Duration.ofHours(1));
  static final Stage AWAITING_INFORMATION = Stage.named("awaiting-information");
  static final Stage MATCH_PATIENT = Stage.named("match-patient").withDeadline(Duration.ofHours(4));
  static final Stage COVERAGE = Stage.named("coverage").withDeadline(Duration.ofHours(4));
  static final Stage AWAITING_PATIENT = Stage.named("awaiting-patient");
  static final Stage SCHEDULING = Stage.named("scheduling").withDeadline(Duration.ofDays(2));
  static final Stage AWAITING_VISIT = Stage.named("awaiting-visit");
  static final Stage CONFIRM_VISIT = Stage.named("confirm-visit");

  /** The final update: three whole attempts an hour apart before a coordinator takes over. */
  static final Stage CLOSE_LOOP =
      Stage.named("close-loop")
          .withDeadline(Duration.ofDays(1))
          .withRetryBudget(3)
          .withRetryBackoff(Duration.ofHours(1));

  static final String PURPOSE_OUTREACH = "referral-outreach";
  static final String PURPOSE_REMINDER = "referral-reminder";
  static final String PURPOSE_MISSING_INFO = "referral-missing-info";
  static final String PURPOSE_MISSING_INFO_REMINDER = "referral-missing-info-reminder";
  static final String PURPOSE_APPOINTMENT_REMINDER = "appointment-reminder";
  static final String PURPOSE_CLOSE_LOOP = "referral-close-loop";

  /** Rung of the outreach ladder that also opens a staff call task beside the letter. */
  static final String LETTER_AND_STAFF_CALL = "letter-and-staff-call";

  /** Outreach rungs after the first contact, bottom-up; the last is the supervisor task. */
  static final List<String> OUTREACH_RUNGS =
      List.of("sms-reminder", "email-reminder", "voice-call", LETTER_AND_STAFF_CALL);

  private static final List<Channel> OUTREACH_CHANNELS =
      List.of(Channel.SMS, Channel.EMAIL, Channel.VOICE, Channel.LETTER);

  private ReferralStages() {}

  /**
   * The outreach ladder from rung {@code from} (0 = the SMS reminder) up to the supervisor task:
   * SMS reminder → email → voice call → letter with a staff call → supervisor.
   */
  static EscalationLadder outreachLadder(List<Duration> waits, int from, HumanTaskSpec supervisor) {
    EscalationLadder.Builder b = EscalationLadder.builder();
    for (int i = from; i < OUTREACH_RUNGS.size(); i++) {
      b.rung(OUTREACH_RUNGS.get(i), OUTREACH_CHANNELS.get(i).name(), waits.get(i));
    }
    return b.humanTask("supervisor-review", waits.get(OUTREACH_RUNGS.size()), supervisor).build();
  }

  /** Two fax reminders to the referring office, then a coordinator task. */
  static EscalationLadder missingInfoLadder(List<Duration> waits, HumanTaskSpec coordinator) {
    return EscalationLadder.builder()
        .rung("info-reminder-1", Channel.FAX.name(), waits.get(0))
        .rung("info-reminder-2", Channel.FAX.name(), waits.get(1))
        .humanTask("missing-info-review", waits.get(2), coordinator)
        .build();
  }

  /** Patient channels to try for a message meant for {@code preferred}, in order. */
  static List<Channel> patientChannelsFrom(Channel preferred) {
    int i = OUTREACH_CHANNELS.indexOf(preferred);
    return i < 0 ? List.of(preferred) : OUTREACH_CHANNELS.subList(i, OUTREACH_CHANNELS.size());
  }

  /**
   * The purpose a patient message has on {@code channel}: a reminder that goes out as a letter is
   * the full invitation (a letter may be the first message that reaches the patient, and drafting
   * offers no reminder letter).
   */
  static String patientPurpose(String purpose, Channel channel) {
    return channel == Channel.LETTER && PURPOSE_REMINDER.equals(purpose)
        ? PURPOSE_OUTREACH
        : purpose;
  }

  /** Sum of a ladder's waits: the stage's deadline. */
  static Duration total(List<Duration> waits) {
    return waits.stream().reduce(Duration.ZERO, Duration::plus);
  }
}
