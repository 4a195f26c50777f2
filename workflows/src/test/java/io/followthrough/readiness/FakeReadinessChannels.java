package io.followthrough.readiness;

import io.followthrough.channels.ChannelActivities;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.channels.SendReceipt;
import io.followthrough.channels.SendStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A channel that keeps what it sent, once per idempotency key; opt-outs per channel. */
final class FakeReadinessChannels implements ChannelActivities {
  private final Map<String, SendReceipt> receipts = new LinkedHashMap<>();
  private final List<OutboundMessage> sent = new ArrayList<>();
  private final Set<String> optedOut = new HashSet<>();

  @Override
  public synchronized SendReceipt send(OutboundMessage message) {
    SendReceipt first = receipts.get(message.idempotencyKey());
    if (first != null) {
      return new SendReceipt(first.messageId(), first.status(), true);
    }
    SendReceipt receipt;
    if (optedOut.contains(message.channel().name())) {
      receipt = new SendReceipt(null, SendStatus.OPTED_OUT, false);
    } else {
      sent.add(message);
      receipt = new SendReceipt("msg-" + sent.size(), SendStatus.ACCEPTED, false);
    }
    receipts.put(message.idempotencyKey(), receipt);
    return receipt;
  }

  synchronized void optOut(io.followthrough.channels.Channel channel) {
    optedOut.add(channel.name());
  }

  synchronized List<OutboundMessage> sent() {
    return List.copyOf(sent);
  }

  synchronized List<String> keys() {
    return sent.stream().map(OutboundMessage::idempotencyKey).toList();
  }
}
