package io.followthrough.referral;

import io.followthrough.drafting.TriageDecision;
import io.followthrough.drafting.TriageRequest;
import io.followthrough.practice.Urgency;
import io.followthrough.sdk.TimelineKind;
import io.temporal.failure.ActivityFailure;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stage {@code triage}: how urgent the referral is. The AI decides from the specialty and the few
 * fields that bear on urgency (the form's own mark, diagnosis codes, reason); a referral the form
 * marks urgent or stat stays urgent whatever the model says, and a failed triage falls back to the
 * form's mark. Urgent referrals get shorter waits and a staff call task at once.
 */
final class TriageStep {
  private final ReferralContext ctx;
  private final StaffCalls calls;

  TriageStep(ReferralContext ctx, StaffCalls calls) {
    this.ctx = ctx;
    this.calls = calls;
  }

  void run() {
    ctx.outcome.enterStage(ReferralStages.TRIAGE);
    Map<String, String> facts = new LinkedHashMap<>();
    for (String f : new String[] {"urgency", "icd10", "reason"}) {
      ReferralContext.putIfKnown(facts, f, ctx.state.fields.value(f));
    }
    Urgency urgency = Urgency.ROUTINE;
    try {
      TriageDecision d =
          ctx.drafting.triage(
              new TriageRequest(ReferralContext.orNone(ctx.state.specialty), facts));
      ctx.recordAi("triage", d.urgency() + ":" + d.reasonCode(), d.provenance());
      urgency = d.urgency() == null ? Urgency.ROUTINE : d.urgency();
    } catch (ActivityFailure e) {
      ctx.outcome.record(TimelineKind.ATTEMPT_FAILED, "triage:" + ReferralContext.failureType(e));
    }
    if (urgency != Urgency.URGENT && ctx.state.fields.markedUrgent()) {
      ctx.note("urgent-as-marked");
      urgency = Urgency.URGENT;
    }
    ctx.state.urgency = urgency;
    if (urgency == Urgency.URGENT) {
      calls.open("urgent-referral", "none");
    }
  }
}
