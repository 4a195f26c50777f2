package io.followthrough.activities.practice;

/** What happened to an appointment. */
public enum PracticeEventType {
  BOOKED,
  CANCELLED,
  ARRIVED,
  CHECKED_OUT,
  NO_SHOW
}
