package io.followthrough.activities.channels;

/**
 * A send the simulator refuses. {@link #code()} is a {@code ChannelActivities} failure type; the
 * message names refs and codes, never addresses or text.
 */
public final class ChannelException extends RuntimeException {
  private final String code;

  public ChannelException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
