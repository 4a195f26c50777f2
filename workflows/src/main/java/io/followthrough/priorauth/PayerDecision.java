package io.followthrough.priorauth;

/** The payer's answer to a submission or appeal. */
public enum PayerDecision {
  /** Under review: poll again later. */
  PENDING,
  /** Authorized; {@link PayerStatus#authNumber()} carries the number. */
  APPROVED,
  /** Denied; {@link PayerStatus#reasonCode()} says why. */
  DENIED,
  /** The payer needs more information: {@link PayerStatus#requestedItems()}. */
  MORE_INFO
}
