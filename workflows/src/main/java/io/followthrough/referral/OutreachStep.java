package io.followthrough.referral;

import io.followthrough.channels.Channel;
import io.followthrough.sdk.HumanTaskSpec;
import io.followthrough.sdk.LadderResult;
import io.followthrough.sdk.Rung;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage {@code awaiting-patient}: the patient outreach ladder of one round. First contact (SMS with
 * the self-schedule link), then on silence an SMS reminder → email → voice call → letter with a
 * staff call task → a supervisor task. Each message falls through to the next usable channel when
 * the patient opted out of one, the number is wrong or no address is on file. The ladder stops when
 * the patient books, replies or a person decides; a reply that decides nothing resumes the ladder
 * where it stopped.
 */
final class OutreachStep {
  private final ReferralContext ctx;
  private final ReferralMessenger messenger;
  private final PatientReplies replies;
  private final StaffCalls calls;

  OutreachStep(
      ReferralContext ctx, ReferralMessenger messenger, PatientReplies replies, StaffCalls calls) {
    this.ctx = ctx;
    this.messenger = messenger;
    this.replies = replies;
    this.calls = calls;
  }

  /** Runs one outreach round until a decision (never {@link Decision.Kind#CONTINUE}). */
  Decision run(boolean openUrgentCall) {
    ReferralState s = ctx.state;
    List<Duration> waits = waits();
    ctx.outcome.enterStage(
        ReferralStages.AWAITING_PATIENT.withDeadline(ReferralStages.total(waits)));
    if (openUrgentCall && ctx.urgent()) {
      calls.open("urgent-referral", "round-" + s.round);
    }
    try {
      if (!s.patientNews()) {
        s.lastPatientPurpose = ReferralStages.PURPOSE_OUTREACH;
        messenger.toPatient(
            "first-contact",
            s.round,
            ReferralStages.PURPOSE_OUTREACH,
            ReferralStages.patientChannelsFrom(Channel.SMS),
            ctx.patientFacts(),
            s::patientNews);
      }
      int from = 0;
      List<String> tried = new ArrayList<>(List.of("first-contact"));
      while (true) {
        LadderResult ladder =
            ReferralStages.outreachLadder(waits, from, supervisorTask())
                .climb(ctx.outcome, s::patientNews, (rung, level) -> rung(rung, tried));
        if (ladder.resolvedByHuman()) {
          Decision d = ReferralResolutions.decision(ladder.task().resolution());
          return d.is(Decision.Kind.CONTINUE)
              ? new Decision(Decision.Kind.UNREACHABLE, "supervisor")
              : d;
        }
        from = Math.min(from + ladder.level(), ReferralStages.OUTREACH_RUNGS.size());
        Decision d = replies.next();
        if (!d.is(Decision.Kind.CONTINUE)) {
          return d;
        }
      }
    } finally {
      calls.settle();
    }
  }

  private void rung(Rung rung, List<String> tried) {
    tried.add(rung.name());
    if (ReferralStages.LETTER_AND_STAFF_CALL.equals(rung.name())) {
      calls.open("staff-call", String.join(",", tried));
    }
    ctx.state.lastPatientPurpose = ReferralStages.PURPOSE_REMINDER;
    messenger.toPatient(
        rung.name(),
        ctx.state.round,
        ReferralStages.PURPOSE_REMINDER,
        ReferralStages.patientChannelsFrom(Channel.valueOf(rung.channel())),
        ctx.patientFacts(),
        ctx.state::patientNews);
  }

  // Built before the climb: by the time it opens, every rung of the round was tried.
  private HumanTaskSpec supervisorTask() {
    return ctx.task("supervisor", "patient-unreachable")
        .withContext("round", String.valueOf(ctx.state.round))
        .withContext("tried", "first-contact," + String.join(",", ReferralStages.OUTREACH_RUNGS))
        .withContext("suggestion", "call-patient-or-close-unreachable");
  }

  private List<Duration> waits() {
    return ctx.urgent() ? ctx.policy.urgentOutreachWaits() : ctx.policy.outreachWaits();
  }
}
