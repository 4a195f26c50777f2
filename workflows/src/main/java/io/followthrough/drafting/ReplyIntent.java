package io.followthrough.drafting;

/** What a free-text reply from a patient or office means for the workflow. */
public enum ReplyIntent {
  /** Wants an appointment (or asks for one at a given time). */
  WANTS_APPOINTMENT,
  /** Does not want care here; {@code reasonCode} says why when they said. */
  DECLINES,
  /** Asks to stop messages on this channel. */
  STOP,
  /** Says this is not their number. */
  WRONG_NUMBER,
  /** The referring office sent the requested information. */
  INFORMATION_PROVIDED,
  /** A question or anything else a person should read. */
  NEEDS_PERSON
}
