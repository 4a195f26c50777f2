package io.followthrough.referral;

import io.followthrough.practice.CoverageState;
import io.followthrough.practice.CoverageStatus;
import io.followthrough.sdk.HumanTask;
import io.temporal.failure.ActivityFailure;
import java.util.Locale;

/**
 * Stage {@code coverage}: eligibility of the coverage on file (the practice system holds the payer;
 * a newly registered patient's comes from the referral). Inactive or unknown coverage goes to a
 * coordinator ({@code coverage-inactive} / {@code coverage-unknown}: {@code proceed-self-pay},
 * {@code coverage-updated} to check again, or {@code close}).
 */
final class CoverageStep {
  private final ReferralContext ctx;

  CoverageStep(ReferralContext ctx) {
    this.ctx = ctx;
  }

  /** True to go on; false when a person closed the referral. */
  boolean run() {
    ctx.outcome.enterStage(ReferralStages.COVERAGE);
    while (true) {
      CoverageStatus c;
      try {
        c = ctx.practice.checkCoverage(ctx.state.patientRef, null, null);
      } catch (ActivityFailure e) {
        c =
            new CoverageStatus(
                CoverageState.UNKNOWN, "check-failed-" + ReferralContext.failureType(e));
      }
      ctx.state.coverage = c.state().name();
      ctx.note("coverage:" + c.state().name().toLowerCase(Locale.ROOT) + ":" + c.reasonCode());
      if (c.state() == CoverageState.ACTIVE) {
        return true;
      }
      String reason =
          c.state() == CoverageState.INACTIVE ? "coverage-inactive" : "coverage-unknown";
      HumanTask task =
          ctx.ask(
              ctx.task("coordinator", reason)
                  .withContext("coverageReason", String.valueOf(c.reasonCode()))
                  .withContext("suggestion", "verify-coverage-or-self-pay"),
              () -> false);
      switch (task.resolution()) {
        case "proceed-self-pay" -> {
          ctx.note("coverage:self-pay");
          return true;
        }
        case "coverage-updated" -> ctx.note("coverage:recheck");
        default -> {
          return false;
        }
      }
    }
  }
}
