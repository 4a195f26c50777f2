package io.followthrough.referral;

import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.Outcome;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Stage {@code close-loop}: the referring office is told how the referral ended ({@code seen},
 * {@code declined} with the reason code, {@code unreachable}, {@code closed-by-staff}) by a drafted
 * fax. The outcome completes only once that fax is {@code ACCEPTED}: a failed send is retried as a
 * whole three times an hour apart, then a coordinator takes over ({@code referrer-update-failed}:
 * {@code retry} sends again under a new key, {@code sent-manually} records that staff told the
 * office).
 */
final class CloseLoopStep {
  /** The decline reasons a close-the-loop draft can state (the reply interpreter's codes). */
  private static final List<String> DECLINE_REASONS =
      List.of("went-elsewhere", "cost", "feels-better", "transport", "other");

  private final ReferralContext ctx;
  private final ReferralMessenger messenger;

  CloseLoopStep(ReferralContext ctx, ReferralMessenger messenger) {
    this.ctx = ctx;
    this.messenger = messenger;
  }

  void run(String disposition, String reasonCode) {
    ReferralState s = ctx.state;
    s.disposition = disposition;
    s.dispositionReason = reasonCode;
    ctx.outcome.enterStage(ReferralStages.CLOSE_LOOP);
    Map<String, String> facts = ctx.referrerFacts();
    // Drafting knows staff closures as "closed".
    facts.put("status", "closed-by-staff".equals(disposition) ? "closed" : disposition);
    if ("declined".equals(disposition)) {
      facts.put("decline_reason", DECLINE_REASONS.contains(reasonCode) ? reasonCode : "other");
    }
    if (s.appointment != null && s.appointment.start() != null) {
      facts.put(
          "appointment_at", s.appointment.start().atZone(ctx.zone()).toLocalDate().toString());
    }
    boolean byPerson = false;
    for (int n = 1; !s.referrerNotified; n++) {
      int send = n;
      try {
        ctx.outcome.attempts(
            ReferralStages.CLOSE_LOOP,
            attempt -> {
              messenger.toReferrerOrThrow(
                  "referrer-update", send, ReferralStages.PURPOSE_CLOSE_LOOP, facts);
              return null;
            });
        s.referrerNotified = true;
      } catch (ApplicationFailure e) {
        if (!Outcome.STAGE_EXHAUSTED.equals(e.getType())) {
          throw e;
        }
        byPerson = true;
        HumanTask task =
            ctx.ask(
                ctx.task("coordinator", "referrer-update-failed")
                    .withContext("referrerRef", ReferralContext.orNone(s.referrerRef))
                    .withContext("disposition", disposition)
                    .withContext("tried", "fax-" + send),
                () -> false);
        if ("sent-manually".equals(task.resolution())) {
          s.referrerNotified = true;
          ctx.note("referrer-told-by-staff");
        }
      }
    }
    if (byPerson) {
      // Keeps the completing Update and the end of the run in separate workflow tasks.
      Workflow.sleep(Duration.ofSeconds(1));
    }
  }
}
