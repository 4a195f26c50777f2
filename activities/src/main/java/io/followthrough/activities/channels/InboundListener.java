package io.followthrough.activities.channels;

import io.followthrough.channels.InboundMessage;

/**
 * Receives replies and delivery receipts, e.g. to signal the outcome workflow that sent the
 * message. Called after the simulator recorded the message, outside its lock.
 */
@FunctionalInterface
public interface InboundListener {
  void onInbound(InboundMessage message);
}
