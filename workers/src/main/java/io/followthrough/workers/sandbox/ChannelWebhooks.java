package io.followthrough.workers.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Provider-neutral JSON bodies of the channel webhooks. */
final class ChannelWebhooks {

  private ChannelWebhooks() {}

  /**
   * A reply: {@code {"channel":"SMS","from_ref":"pt-0001","text":"STOP"}}; with {@code
   * "new_conversation":true} a message that answers nothing we sent (a patient writing first, a
   * voicemail transcript), which starts an outcome through the triggers.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Inbound(
      @JsonProperty("channel") String channel,
      @JsonProperty("from_ref") String fromRef,
      @JsonProperty("text") String text,
      @JsonProperty("new_conversation") Boolean newConversation) {

    boolean startsConversation() {
      return Boolean.TRUE.equals(newConversation);
    }

    @Override
    public String toString() {
      return "Inbound[channel=" + channel + ", fromRef=" + fromRef + "]"; // text may be PHI
    }
  }

  /** A delivery receipt: {@code {"message_id":"msg-000001","status":"DELIVERED"}}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Receipt(
      @JsonProperty("message_id") String messageId, @JsonProperty("status") String status) {}
}
