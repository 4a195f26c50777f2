package io.followthrough.activities.readiness;

import io.followthrough.activities.practice.PracticeException;
import io.followthrough.activities.practice.SandboxPracticeSystem;
import io.followthrough.readiness.ReadinessActivities;
import io.followthrough.readiness.ReadinessRecord;
import io.temporal.failure.ApplicationFailure;

/** {@link ReadinessActivities} over the sandbox practice; refusals are non-retryable. */
public final class SandboxReadinessActivities implements ReadinessActivities {
  private final SandboxPracticeSystem practice;

  public SandboxReadinessActivities(SandboxPracticeSystem practice) {
    this.practice = practice;
  }

  @Override
  public ReadinessRecord readiness(String appointmentId) {
    try {
      return practice.readiness().record(appointmentId);
    } catch (PracticeException e) {
      throw ApplicationFailure.newNonRetryableFailure(e.getMessage(), e.code());
    }
  }
}
