package io.followthrough.referral;

import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.HumanTaskSpec;
import io.temporal.workflow.Async;
import io.temporal.workflow.Workflow;

/**
 * Staff call tasks that run beside the outreach instead of stopping it: the urgent call opened at
 * triage and the call that goes with the letter rung. A person's decision ({@code book:<slotId>},
 * {@code declined:<reason>}, {@code wants-appointment}, {@code unreachable}) lands in the state and
 * stops the ladder; {@code called} records the call and lets the outreach go on. Once the outreach
 * is settled, open call tasks close as superseded.
 */
final class StaffCalls {
  private final ReferralContext ctx;

  StaffCalls(ReferralContext ctx) {
    this.ctx = ctx;
  }

  /** Opens a call task for a coordinator beside the flow. */
  void open(String reason, String tried) {
    int generation = ctx.state.callGeneration;
    HumanTaskSpec spec =
        ctx.task("coordinator", reason)
            .withContext("tried", tried)
            .withContext("suggestion", "call-patient");
    int opened = ctx.outcome.state().tasks().size();
    Async.procedure(
        () -> {
          HumanTask task = ctx.ask(spec, () -> ctx.state.callGeneration != generation);
          if (task.status() != HumanTask.Status.COMPLETED) {
            return;
          }
          Decision d = ReferralResolutions.decision(task.resolution());
          if (d.is(Decision.Kind.CONTINUE)) {
            ctx.note("staff-called:" + task.id());
          } else if (ctx.state.callGeneration == generation) {
            ctx.state.staffDecision = task.resolution();
          }
        });
    // Let the task open now, in the current stage, before the flow moves on.
    Workflow.await(() -> ctx.outcome.state().tasks().size() > opened);
  }

  /** The outreach is settled: open call tasks close as superseded. */
  void settle() {
    ctx.state.callGeneration++;
  }
}
