package io.followthrough.channels;

/** What an inbound message means to an outcome workflow. */
public enum InboundKind {
  /** Yes / 1 / book / confirm. */
  AFFIRMATIVE,
  /** No / not interested; the reason text stays in the message, out of logs. */
  DECLINE,
  /** STOP, UNSUBSCRIBE, ARRET...: the sender is opted out of the channel. */
  STOP,
  /** The number reached someone else: stop using it and find another. */
  WRONG_NUMBER,
  /** Any other reply: a person should read it. */
  REPLY,
  /** A carrier's delivery report for an outbound message. */
  DELIVERY_RECEIPT
}
