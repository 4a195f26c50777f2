package io.followthrough.referral;

import io.followthrough.channels.InboundMessage;
import io.followthrough.documents.DocumentFacts;
import io.followthrough.drafting.Audience;
import io.followthrough.drafting.ReplyDecision;
import io.followthrough.drafting.ReplyRequest;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.HumanTaskSpec;
import io.followthrough.sdk.LadderResult;
import io.followthrough.sdk.TimelineKind;
import io.temporal.failure.ActivityFailure;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stage {@code awaiting-information}: the fields the policy requires for the specialty. When some
 * are missing, the referring office gets a faxed request, then two fax reminders, then a
 * coordinator decides ({@code missing-info-unanswered}: {@code proceed}, {@code wait}, {@code
 * close}). A {@code supplement} document is read and merged at once; when fields are still missing
 * a new request round starts (at most {@link ReferralPolicy#missingInfoRounds()}). A text reply
 * from the office is interpreted and handed to a coordinator ({@code office-replied}).
 */
final class CompletenessStep {
  private final ReferralContext ctx;
  private final ReferralMessenger messenger;
  private int climbs;

  CompletenessStep(ReferralContext ctx, ReferralMessenger messenger) {
    this.ctx = ctx;
    this.messenger = messenger;
  }

  /** True to go on (complete, or a person said proceed); false when a person closed it. */
  boolean run() {
    ReferralState s = ctx.state;
    recheck();
    if (s.missingFields.isEmpty()) {
      return true;
    }
    List<Duration> waits =
        ctx.urgent() ? ctx.policy.urgentMissingInfoWaits() : ctx.policy.missingInfoWaits();
    ctx.outcome.enterStage(
        ReferralStages.AWAITING_INFORMATION.withDeadline(ReferralStages.total(waits)));
    int round = 0;
    boolean request = true;
    while (!s.missingFields.isEmpty()) {
      if (request) {
        round++;
        if (round > ctx.policy.missingInfoRounds()) {
          String r = ask("missing-info-unanswered", "rounds-" + (round - 1)).resolution();
          if (!"wait".equals(r)) {
            return "proceed".equals(r);
          }
          round--;
        } else {
          messenger.toReferrer("request", round, ReferralStages.PURPOSE_MISSING_INFO, facts());
        }
      }
      request = false;
      climbs++;
      int n = climbs;
      LadderResult ladder =
          ReferralStages.missingInfoLadder(waits, spec("missing-info-unanswered", "reminders"))
              .climb(
                  ctx.outcome,
                  () -> !s.pendingSupplements.isEmpty() || !s.officeReplies.isEmpty(),
                  (rung, level) ->
                      messenger.toReferrer(
                          rung.name(), n, ReferralStages.PURPOSE_MISSING_INFO_REMINDER, facts()));
      if (ladder.resolvedByHuman()) {
        String r = ladder.task().resolution();
        if (!"wait".equals(r)) {
          return "proceed".equals(r);
        }
        continue;
      }
      if (readSupplements()) {
        recheck();
        request = true;
        continue;
      }
      String r = officeReply();
      if (r != null && !"wait".equals(r)) {
        return "proceed".equals(r);
      }
    }
    ctx.note("information-complete");
    return true;
  }

  /** Reads every pending supplement and merges its fields; true when at least one was read. */
  boolean readSupplements() {
    boolean any = false;
    while (!ctx.state.pendingSupplements.isEmpty()) {
      String documentId = ctx.state.pendingSupplements.poll();
      try {
        DocumentFacts facts = ctx.documents.understand(documentId);
        List<String> added = ctx.state.fields.merge(facts.fields());
        ctx.note("supplement-read:" + added.size() + "-new-fields");
        any = true;
      } catch (ActivityFailure e) {
        ctx.outcome.record(
            TimelineKind.ATTEMPT_FAILED, "supplement:" + ReferralContext.failureType(e));
      }
    }
    return any;
  }

  private void recheck() {
    ReferralState s = ctx.state;
    if (s.specialty == null) {
      s.specialty = s.fields.specialty(ctx.policy.knownSpecialties());
    }
    IntakeStep.refreshReferrer(ctx);
    s.missingFields = s.fields.missing(ctx.policy.requiredFieldsFor(s.specialty));
  }

  /** Interprets the next office reply and asks a coordinator; returns the resolution or null. */
  private String officeReply() {
    InboundMessage m = ctx.state.officeReplies.poll();
    if (m == null) {
      return null;
    }
    String suggestion = "none";
    try {
      ReplyDecision d =
          ctx.drafting.interpretReply(
              new ReplyRequest(
                  ReferralStages.PURPOSE_MISSING_INFO,
                  Audience.REFERRING_PROVIDER,
                  m.text(),
                  "en"));
      String conf = String.format(Locale.ROOT, "%.2f", d.confidence());
      ctx.recordAi("reply", d.intent() + ":" + conf, d.provenance());
      suggestion = d.intent().name().toLowerCase(Locale.ROOT).replace('_', '-');
    } catch (ActivityFailure e) {
      ctx.outcome.record(TimelineKind.ATTEMPT_FAILED, "reply:" + ReferralContext.failureType(e));
    }
    HumanTask task =
        ctx.ask(
            spec("office-replied", "office-reply")
                .withContext("inReplyTo", ReferralContext.orNone(m.inReplyTo()))
                .withContext("suggestion", suggestion),
            () -> !ctx.state.pendingSupplements.isEmpty());
    return task.status() == HumanTask.Status.COMPLETED ? task.resolution() : null;
  }

  private HumanTask ask(String reason, String tried) {
    return ctx.ask(spec(reason, tried), () -> false);
  }

  private HumanTaskSpec spec(String reason, String tried) {
    return ctx.task("coordinator", reason)
        .withContext("missingFields", ReferralContext.joined(ctx.state.missingFields))
        .withContext("referrerRef", ReferralContext.orNone(ctx.state.referrerRef))
        .withContext("tried", tried);
  }

  private Map<String, String> facts() {
    Map<String, String> facts = ctx.referrerFacts();
    facts.put("missing", String.join(",", ctx.state.missingFields));
    return facts;
  }
}
