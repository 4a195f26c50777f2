package io.followthrough.referral;

import io.followthrough.channels.Channel;
import io.followthrough.channels.ChannelActivities;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.channels.SendReceipt;
import io.followthrough.channels.SendStatus;
import io.followthrough.drafting.Audience;
import io.followthrough.drafting.Draft;
import io.followthrough.drafting.DraftRequest;
import io.followthrough.sdk.Deadline;
import io.followthrough.sdk.IdempotencyKeys;
import io.followthrough.sdk.TimelineKind;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Drafts and sends referral messages. Patient messages wait out quiet hours in the patient's zone,
 * use the patient's language and fall through to the next usable channel when one is opted out,
 * reported wrong or has no address. Every send carries {@code
 * <workflowId>:<stage>.<step>.<channel>:<n>}: the same logical message always has the same key.
 */
final class ReferralMessenger {
  private final ReferralContext ctx;

  ReferralMessenger(ReferralContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Sends one patient message for {@code step} on the first usable channel of {@code channels}.
   * Returns false when no channel took it or {@code abandonIf} became true while waiting for the
   * end of quiet hours (then nothing is sent).
   */
  boolean toPatient(
      String step,
      int n,
      String purpose,
      List<Channel> channels,
      Map<String, String> facts,
      Supplier<Boolean> abandonIf) {
    for (Channel channel : channels) {
      if (!ctx.state.usable(channel)) {
        continue;
      }
      Draft draft =
          draft(
              ReferralStages.patientPurpose(purpose, channel),
              Audience.PATIENT,
              channel,
              ctx.language(),
              facts);
      if (draft == null) {
        return false;
      }
      if (!waitForContactTime(abandonIf)) {
        ctx.note("send-abandoned:" + purpose);
        return false;
      }
      String key = key(step, channel, n);
      SendStatus status =
          send(channel, ctx.state.patientRef, draft, key, ReferralState.Party.PATIENT);
      if (status == SendStatus.ACCEPTED) {
        return true;
      }
    }
    ctx.note("no-usable-channel:" + purpose);
    return false;
  }

  /**
   * Sends a fax to the referring office and returns its status ({@code null} when drafting or the
   * send failed for good; the failure is in the timeline).
   */
  SendStatus toReferrer(String step, int n, String purpose, Map<String, String> facts) {
    Draft draft = draft(purpose, Audience.REFERRING_PROVIDER, Channel.FAX, "en", facts);
    if (draft == null) {
      return null;
    }
    return send(
        Channel.FAX,
        ctx.state.referrerRef,
        draft,
        key(step, Channel.FAX, n),
        ReferralState.Party.REFERRER);
  }

  /**
   * The same as {@link #toReferrer} but anything short of {@code ACCEPTED} is thrown, for a stage's
   * attempts: {@code ApplicationFailure} of type {@code ReferrerNotReached}, retryable after a
   * failed draft or send, non-retryable when the channel refused the number (another attempt with
   * the same key would get the same answer).
   */
  void toReferrerOrThrow(String step, int n, String purpose, Map<String, String> facts) {
    SendStatus status = toReferrer(step, n, purpose, facts);
    if (status == null) {
      throw ApplicationFailure.newFailure("referrer update failed", "ReferrerNotReached");
    }
    if (status != SendStatus.ACCEPTED) {
      throw ApplicationFailure.newNonRetryableFailure(
          "referrer update refused: " + status.name().toLowerCase(Locale.ROOT),
          "ReferrerNotReached");
    }
  }

  private Draft draft(
      String purpose,
      Audience audience,
      Channel channel,
      String language,
      Map<String, String> facts) {
    try {
      Draft draft =
          ctx.drafting.draft(new DraftRequest(purpose, audience, channel, language, facts));
      ctx.recordAi("draft", purpose, draft.provenance());
      return draft;
    } catch (ActivityFailure e) {
      ctx.outcome.record(
          TimelineKind.ATTEMPT_FAILED, "draft:" + purpose + ":" + ReferralContext.failureType(e));
      return null;
    }
  }

  private SendStatus send(
      Channel channel, String recipientRef, Draft draft, String key, ReferralState.Party party) {
    OutboundMessage message =
        new OutboundMessage(
            channel,
            recipientRef,
            draft.templateId(),
            draft.variables(),
            draft.language(),
            key,
            draft.body());
    String ch = channel.name().toLowerCase(Locale.ROOT);
    SendReceipt receipt;
    try {
      receipt = ctx.channels.send(message);
    } catch (ActivityFailure e) {
      String type = ReferralContext.failureType(e);
      ctx.outcome.record(TimelineKind.ATTEMPT_FAILED, "send:" + ch + ":" + type);
      if (party == ReferralState.Party.PATIENT
          && ChannelActivities.UNKNOWN_RECIPIENT.equals(type)) {
        ctx.state.blockedChannels.add(channel);
      }
      return null;
    }
    switch (receipt.status()) {
      case ACCEPTED -> {
        ctx.state.sent(key, receipt.messageId(), party);
        ctx.note("sent:" + ch + ":" + draft.templateId());
      }
      case OPTED_OUT -> {
        ctx.note("opted-out:" + ch);
        if (party == ReferralState.Party.PATIENT) {
          ctx.state.blockedChannels.add(channel);
        }
      }
      case WRONG_NUMBER -> {
        ctx.note("wrong-number:" + ch);
        if (party == ReferralState.Party.PATIENT) {
          ctx.state.blockedChannels.add(Channel.SMS);
          ctx.state.blockedChannels.add(Channel.VOICE);
        }
      }
    }
    return receipt.status();
  }

  /** Waits until the patient's quiet hours are over; false when {@code abandonIf} came first. */
  private boolean waitForContactTime(Supplier<Boolean> abandonIf) {
    Instant now = Deadline.now();
    Instant allowed = ctx.calendar().nextContactTime(now, ctx.zone());
    if (!allowed.isAfter(now)) {
      return true;
    }
    ctx.outcome.record(TimelineKind.DEFERRED, "quiet-hours");
    return !Deadline.awaitUntil(allowed, abandonIf);
  }

  private String key(String step, Channel channel, int n) {
    return IdempotencyKeys.forStep(
        ctx.outcome.stage() + "." + step + "." + channel.name().toLowerCase(Locale.ROOT), n);
  }
}
