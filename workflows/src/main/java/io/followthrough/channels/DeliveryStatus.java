package io.followthrough.channels;

/** A carrier's verdict on an outbound message. */
public enum DeliveryStatus {
  DELIVERED,
  /** Temporarily undeliverable (phone off, mailbox full); a later attempt may work. */
  FAILED,
  /** Permanently undeliverable (no such number or address). */
  UNDELIVERABLE
}
