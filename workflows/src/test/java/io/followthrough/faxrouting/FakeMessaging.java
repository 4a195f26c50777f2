package io.followthrough.faxrouting;

import io.followthrough.channels.ChannelActivities;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.channels.SendReceipt;
import io.followthrough.channels.SendStatus;
import io.followthrough.drafting.AiProvenance;
import io.followthrough.drafting.Draft;
import io.followthrough.drafting.DraftRequest;
import io.followthrough.drafting.DraftingActivities;
import io.followthrough.drafting.ReplyDecision;
import io.followthrough.drafting.ReplyRequest;
import io.followthrough.drafting.TriageDecision;
import io.followthrough.drafting.TriageRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Drafting ({@code <purpose>-<channel>} templates) and channels that remember what they sent. */
final class FakeMessaging {

  static final class Drafting implements DraftingActivities {
    @Override
    public Draft draft(DraftRequest request) {
      return new Draft(
          request.purpose() + "-" + request.channel().name().toLowerCase(Locale.ROOT),
          request.facts(),
          "drafted " + request.purpose(),
          request.language(),
          new AiProvenance("local", "fake-templates", request.purpose() + "@1"));
    }

    @Override
    public TriageDecision triage(TriageRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ReplyDecision interpretReply(ReplyRequest request) {
      throw new UnsupportedOperationException();
    }
  }

  static final class Channels implements ChannelActivities {
    private final Map<String, OutboundMessage> byKey = new LinkedHashMap<>();

    @Override
    public synchronized SendReceipt send(OutboundMessage message) {
      boolean duplicate = byKey.containsKey(message.idempotencyKey());
      byKey.putIfAbsent(message.idempotencyKey(), message);
      return new SendReceipt("msg-" + message.idempotencyKey(), SendStatus.ACCEPTED, duplicate);
    }

    synchronized List<OutboundMessage> sent() {
      return new ArrayList<>(byKey.values());
    }

    synchronized List<OutboundMessage> sentTo(String recipient) {
      return byKey.values().stream().filter(m -> m.recipientRef().equals(recipient)).toList();
    }
  }

  private FakeMessaging() {}
}
