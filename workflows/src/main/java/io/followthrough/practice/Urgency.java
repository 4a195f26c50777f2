package io.followthrough.practice;

/** How soon a referral must be seen; urgent requests may use slots held for urgent care. */
public enum Urgency {
  ROUTINE,
  URGENT
}
