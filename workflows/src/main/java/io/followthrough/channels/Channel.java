package io.followthrough.channels;

/** A way to reach a patient, provider or office. */
public enum Channel {
  SMS,
  EMAIL,
  VOICE,
  FAX,
  LETTER,
  PORTAL
}
