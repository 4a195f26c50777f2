package io.followthrough.channels;

import java.time.Instant;

/**
 * A reply or delivery receipt from a channel, as a workflow receives it (signal payload). {@link
 * #toString()} leaves out the text, which may hold PHI.
 *
 * @param channel where it came from
 * @param fromRef the sender's reference (resolved by the adapter), e.g. {@code pt-0007}
 * @param kind its meaning
 * @param text the reply as typed (null for receipts); never log it
 * @param inReplyTo the outbound message id it answers or reports on; null if unknown
 * @param deliveryStatus the verdict for {@link InboundKind#DELIVERY_RECEIPT}, else null
 * @param receivedAt when it arrived
 */
public record InboundMessage(
    Channel channel,
    String fromRef,
    InboundKind kind,
    String text,
    String inReplyTo,
    DeliveryStatus deliveryStatus,
    Instant receivedAt) {

  @Override
  public String toString() {
    return "InboundMessage[channel=%s, fromRef=%s, kind=%s, inReplyTo=%s, delivery=%s, at=%s]"
        .formatted(channel, fromRef, kind, inReplyTo, deliveryStatus, receivedAt);
  }
}
