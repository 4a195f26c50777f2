package io.followthrough.referral;

import io.followthrough.documents.DocumentFacts;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.TimelineKind;
import io.temporal.failure.ActivityFailure;
import java.util.Locale;

/**
 * Stage {@code intake}: the referral's facts, read by the workflow when the caller gave none. Facts
 * handed in by the caller (fax intake routed the document as a referral) are taken as a referral;
 * facts the workflow read itself must say {@code referral}, else a coordinator routes the document
 * ({@code route-document}: {@code referral} to go on, {@code routed} when it went elsewhere). An
 * unreadable document goes to a coordinator ({@code review-document}: {@code retry} or {@code
 * close}).
 */
final class IntakeStep {
  /** Disposition of a document that is not a referral. */
  static final String NOT_A_REFERRAL = "not-a-referral";

  private final ReferralContext ctx;

  IntakeStep(ReferralContext ctx) {
    this.ctx = ctx;
  }

  /** Null to go on; otherwise the disposition to end with. */
  String run() {
    ctx.outcome.enterStage(ReferralStages.INTAKE);
    DocumentFacts facts = ctx.input.facts();
    boolean vouched = facts != null;
    while (facts == null) {
      ctx.outcome.record(TimelineKind.ATTEMPT, "understand");
      try {
        facts = ctx.documents.understand(ctx.input.documentId());
      } catch (ActivityFailure e) {
        String type = ReferralContext.failureType(e);
        ctx.outcome.record(TimelineKind.ATTEMPT_FAILED, type);
        HumanTask task =
            ctx.ask(
                ctx.task("coordinator", "review-document").withContext("rejection", type),
                () -> false);
        if (ReferralResolutions.CLOSE.equals(task.resolution())) {
          refreshReferrer(ctx); // the office that faxed it hears it could not be read
          return "closed-by-staff";
        }
      }
    }
    if (!vouched && !"referral".equals(facts.type())) {
      ctx.note("not-a-referral:" + facts.type());
      HumanTask task =
          ctx.ask(
              ctx.task("coordinator", "route-document")
                  .withContext("typeGuess", String.valueOf(facts.type()))
                  .withContext(
                      "typeConfidence", String.format(Locale.ROOT, "%.2f", facts.typeConfidence())),
              () -> false);
      if (!"referral".equals(task.resolution())) {
        return NOT_A_REFERRAL;
      }
    }
    ctx.state.fields = new ReferralFields(facts.fields());
    ctx.state.specialty = ctx.state.fields.specialty(ctx.policy.knownSpecialties());
    refreshReferrer(ctx);
    return null;
  }

  /**
   * The referring office's recipient reference: {@code npi:<npi>} when the NPI was read, else the
   * number the first fax came from ({@code fax-sender:<documentId>}); the channel adapter resolves
   * either to a fax number.
   */
  static void refreshReferrer(ReferralContext ctx) {
    String npi = ctx.state.fields.value("referring_npi");
    ctx.state.referrerRef =
        npi != null ? "npi:" + npi : "fax-sender:" + ReferralContext.orNone(ctx.input.documentId());
  }
}
