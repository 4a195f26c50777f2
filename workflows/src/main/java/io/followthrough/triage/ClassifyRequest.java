package io.followthrough.triage;

import io.followthrough.channels.Channel;

/**
 * A patient's message to classify. {@link #toString()} leaves out the text (PHI).
 *
 * @param channel where it came from ({@code VOICE}: a voicemail transcript)
 * @param text the message as written or transcribed; never log it
 */
public record ClassifyRequest(Channel channel, String text) {

  @Override
  public String toString() {
    return "ClassifyRequest[channel=%s, length=%d]"
        .formatted(channel, text == null ? 0 : text.length());
  }
}
