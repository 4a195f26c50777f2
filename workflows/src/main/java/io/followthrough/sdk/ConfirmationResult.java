package io.followthrough.sdk;

/** How a {@link Confirmation} wait ended. */
public enum ConfirmationResult {
  /** The evidence arrived (usually a signal). */
  CONFIRMED_BY_SIGNAL,
  /** A re-check poll found the evidence while the world was silent. */
  CONFIRMED_BY_POLL,
  /** No evidence before the deadline: hand the outcome to a person. */
  NOT_CONFIRMED
}
