package io.followthrough.activities.channels;

import io.followthrough.channels.InboundMessage;
import io.followthrough.channels.SendReceipt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the channel simulator remembers, as plain collections so it round-trips through a JSON
 * snapshot. Guarded by the simulator's monitor.
 *
 * @param receipts idempotency key → the first receipt
 * @param sent messages sent, in order
 * @param inbound replies and delivery receipts, in order
 * @param optedOut {@code "<CHANNEL> <address>"} pairs opted out
 * @param wrongNumbers phone numbers reported as wrong
 */
record ChannelState(
    Map<String, SendReceipt> receipts,
    List<SentMessage> sent,
    List<InboundMessage> inbound,
    Set<String> optedOut,
    Set<String> wrongNumbers) {

  static ChannelState empty() {
    return new ChannelState(
        new LinkedHashMap<>(),
        new ArrayList<>(),
        new ArrayList<>(),
        new HashSet<>(),
        new HashSet<>());
  }
}
