package io.followthrough.referral;

import io.followthrough.channels.Channel;
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

/**
 * A channel that keeps what it sent, once per idempotency key (a repeat gets the first receipt with
 * {@code duplicate=true}). Opt-outs are per recipient and channel; {@link #refuseFaxes(int)} makes
 * the next faxes come back {@code WRONG_NUMBER}.
 */
final class FakeChannels implements ChannelActivities {
  private final Map<String, SendReceipt> receipts = new LinkedHashMap<>();
  private final List<OutboundMessage> sent = new ArrayList<>();
  private final Set<String> optedOut = new HashSet<>();
  private int faxRefusals;

  @Override
  public synchronized SendReceipt send(OutboundMessage message) {
    SendReceipt first = receipts.get(message.idempotencyKey());
    if (first != null) {
      return new SendReceipt(first.messageId(), first.status(), true);
    }
    SendReceipt receipt;
    if (optedOut.contains(message.recipientRef() + "/" + message.channel())) {
      receipt = new SendReceipt(null, SendStatus.OPTED_OUT, false);
    } else if (message.channel() == Channel.FAX && faxRefusals > 0) {
      faxRefusals--;
      receipt = new SendReceipt(null, SendStatus.WRONG_NUMBER, false);
    } else {
      sent.add(message);
      receipt = new SendReceipt("msg-" + sent.size(), SendStatus.ACCEPTED, false);
    }
    receipts.put(message.idempotencyKey(), receipt);
    return receipt;
  }

  synchronized void optOut(String recipientRef, Channel channel) {
    optedOut.add(recipientRef + "/" + channel);
  }

  synchronized void refuseFaxes(int count) {
    faxRefusals = count;
  }

  /** Messages actually sent, in order. */
  synchronized List<OutboundMessage> sent() {
    return List.copyOf(sent);
  }

  synchronized List<OutboundMessage> sentTo(String recipientRef) {
    return sent.stream().filter(m -> m.recipientRef().equals(recipientRef)).toList();
  }

  /** The message id the channel gave the send with {@code key}. */
  synchronized String messageId(String key) {
    return receipts.get(key).messageId();
  }
}
