package io.followthrough.channels;

/** A way to reach a patient, provider or office. */
public enum Channel {
  /** Text message: two segments at most, so a drafted body stays within 320 characters. */
  SMS(320),
  EMAIL(5000),
  /** A script read aloud by a voice system or a person. */
  VOICE(1500),
  FAX(6000),
  LETTER(6000),
  PORTAL(5000);

  private final int maxBodyLength;

  Channel(int maxBodyLength) {
    this.maxBodyLength = maxBodyLength;
  }

  /** Longest message body (characters) this channel accepts in {@link OutboundMessage#body()}. */
  public int maxBodyLength() {
    return maxBodyLength;
  }
}
