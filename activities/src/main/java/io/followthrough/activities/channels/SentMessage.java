package io.followthrough.activities.channels;

import io.followthrough.channels.Channel;
import java.time.Instant;
import java.util.Map;

/**
 * A message the simulator sent (what a carrier would have received). {@link #toString()} leaves out
 * the address, variables and body.
 *
 * @param body the drafted text that was sent, or null when the message named only a template
 */
public record SentMessage(
    String messageId,
    Channel channel,
    String recipientRef,
    String address,
    String templateId,
    Map<String, String> variables,
    String language,
    String idempotencyKey,
    Instant sentAt,
    String body) {

  @Override
  public String toString() {
    return "SentMessage[%s %s to %s template=%s key=%s]"
        .formatted(messageId, channel, recipientRef, templateId, idempotencyKey);
  }
}
