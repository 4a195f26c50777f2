package io.followthrough.practice;

/** What happened to an appointment in the practice system. */
public enum AppointmentEventType {
  BOOKED,
  CANCELLED,
  ARRIVED,
  CHECKED_OUT,
  NO_SHOW
}
