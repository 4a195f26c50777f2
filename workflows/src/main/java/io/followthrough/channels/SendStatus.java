package io.followthrough.channels;

/** What happened to a send request. Only {@link #ACCEPTED} means a message went out. */
public enum SendStatus {
  /** Handed to the carrier; delivery is reported later by a delivery receipt. */
  ACCEPTED,
  /** Not sent: the recipient opted out of this channel (e.g. replied STOP). */
  OPTED_OUT,
  /** Not sent: the address on file was reported as a wrong number. */
  WRONG_NUMBER
}
