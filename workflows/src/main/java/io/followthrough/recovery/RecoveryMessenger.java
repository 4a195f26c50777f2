package io.followthrough.recovery;

import io.followthrough.channels.Channel;
import io.followthrough.channels.ChannelActivities;
import io.followthrough.channels.ChannelOptions;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.channels.SendReceipt;
import io.followthrough.channels.SendStatus;
import io.followthrough.drafting.AiProvenance;
import io.followthrough.drafting.Audience;
import io.followthrough.drafting.Draft;
import io.followthrough.drafting.DraftRequest;
import io.followthrough.drafting.DraftingActivities;
import io.followthrough.drafting.DraftingOptions;
import io.followthrough.sdk.BusinessCalendar;
import io.followthrough.sdk.Deadline;
import io.followthrough.sdk.IdempotencyKeys;
import io.followthrough.sdk.Outcome;
import io.followthrough.sdk.TimelineKind;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Workflow;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Drafts and sends the recovery's patient messages: drafted by {@link DraftingActivities} in the
 * patient's language, sent by {@link ChannelActivities} with the key {@code
 * <workflowId>:<step>.<channel>:<n>}, on the first usable channel (a channel the patient opted out
 * of, whose number is wrong or that has no address falls through to the next). Keeps quiet hours.
 */
final class RecoveryMessenger {
  private final DraftingActivities drafting =
      Workflow.newActivityStub(DraftingActivities.class, DraftingOptions.defaults());
  private final ChannelActivities channels =
      Workflow.newActivityStub(ChannelActivities.class, ChannelOptions.defaults());
  private final Outcome outcome;
  private final RecoveryState state;

  RecoveryMessenger(Outcome outcome, RecoveryState state) {
    this.outcome = outcome;
    this.state = state;
  }

  /**
   * Sends one message to {@code patientRef}; returns the accepted message id, or null when no
   * channel took it.
   */
  String send(
      String patientRef,
      String step,
      int n,
      String purpose,
      List<Channel> order,
      String language,
      Map<String, String> facts) {
    Set<Channel> blocked = state.blocked(patientRef);
    for (Channel channel : order) {
      if (blocked.contains(channel)) {
        continue;
      }
      Draft draft;
      try {
        draft =
            drafting.draft(new DraftRequest(purpose, Audience.PATIENT, channel, language, facts));
        recordAi(purpose, draft.provenance());
      } catch (ActivityFailure e) {
        outcome.record(TimelineKind.ATTEMPT_FAILED, "draft:" + purpose + ":" + failureType(e));
        return null;
      }
      String ch = lower(channel.name());
      String key = IdempotencyKeys.forStep(step + "." + ch, n);
      SendReceipt receipt;
      try {
        receipt =
            channels.send(
                new OutboundMessage(
                    channel,
                    patientRef,
                    draft.templateId(),
                    draft.variables(),
                    draft.language(),
                    key,
                    draft.body()));
      } catch (ActivityFailure e) {
        String type = failureType(e);
        outcome.record(TimelineKind.ATTEMPT_FAILED, "send:" + ch + ":" + type);
        if (ChannelActivities.UNKNOWN_RECIPIENT.equals(type)) {
          blocked.add(channel);
          continue;
        }
        return null;
      }
      if (receipt.status() == SendStatus.ACCEPTED) {
        state.sent(key, receipt.messageId(), patientRef);
        outcome.record(TimelineKind.NOTE, "sent:" + ch + ":" + draft.templateId());
        return receipt.messageId();
      }
      outcome.record(
          TimelineKind.NOTE, lower(receipt.status().name()).replace('_', '-') + ":" + ch);
      if (receipt.status() == SendStatus.WRONG_NUMBER) {
        blocked.add(Channel.SMS);
        blocked.add(Channel.VOICE);
      } else {
        blocked.add(channel);
      }
    }
    outcome.record(TimelineKind.NOTE, "no-usable-channel:" + purpose);
    return null;
  }

  /**
   * Waits until quiet hours in {@code zone} are over; false when {@code abandonIf} became true
   * first.
   */
  static boolean waitForContactTime(
      Outcome outcome, BusinessCalendar calendar, ZoneId zone, Supplier<Boolean> abandonIf) {
    Instant now = Deadline.now();
    Instant allowed = calendar.nextContactTime(now, zone);
    if (!allowed.isAfter(now)) {
      return true;
    }
    outcome.record(TimelineKind.DEFERRED, "quiet-hours");
    return !Deadline.awaitUntil(allowed, abandonIf);
  }

  private void recordAi(String what, AiProvenance p) {
    if (p != null) {
      outcome.record(
          TimelineKind.NOTE,
          "ai:draft:" + what + ":" + p.provider() + "/" + p.model() + "/" + p.promptVersion());
    }
  }

  static String failureType(ActivityFailure e) {
    Throwable cause = e.getCause();
    if (cause instanceof CanceledFailure cancelled) {
      throw cancelled;
    }
    if (cause instanceof ApplicationFailure af) {
      return af.getType();
    }
    return cause == null ? "ActivityFailure" : cause.getClass().getSimpleName();
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  static Map<String, String> facts(String... pairs) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        out.put(pairs[i], pairs[i + 1]);
      }
    }
    return out;
  }
}
