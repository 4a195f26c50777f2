package io.followthrough.readiness;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * The practice system's view of what an appointment's patient has on file before the visit. Use
 * with {@code PracticeOptions.defaults()}. Read-only.
 */
@ActivityInterface
public interface ReadinessActivities {

  /**
   * The items on file for the appointment. Fails with {@code AppointmentNotFound} (non-retryable)
   * for an unknown appointment.
   */
  @ActivityMethod(name = "PracticeReadiness")
  ReadinessRecord readiness(String appointmentId);
}
