package io.followthrough.practice;

/**
 * Life of an appointment: {@code BOOKED → ARRIVED → CHECKED_OUT}, or {@code BOOKED → NO_SHOW}, or
 * {@code BOOKED → CANCELLED}. {@code CHECKED_OUT} is the confirmation that the appointment was
 * kept.
 */
public enum AppointmentStatus {
  BOOKED,
  ARRIVED,
  CHECKED_OUT,
  NO_SHOW,
  CANCELLED;

  /** Whether nothing more can happen to the appointment. */
  public boolean isFinal() {
    return this == CHECKED_OUT || this == NO_SHOW || this == CANCELLED;
  }
}
