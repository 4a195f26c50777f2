package io.followthrough.activities.practice;

import io.followthrough.practice.Slot;
import io.followthrough.practice.WaitlistActivities;
import io.followthrough.practice.WaitlistCandidate;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@link WaitlistActivities} over a {@link SandboxPracticeSystem}: each refusal becomes a
 * non-retryable {@link ApplicationFailure} whose type is the refusal's code.
 */
public final class SandboxWaitlistActivities implements WaitlistActivities {
  private final SandboxPracticeSystem practice;

  public SandboxWaitlistActivities(SandboxPracticeSystem practice) {
    this.practice = practice;
  }

  @Override
  public Slot slot(String slotId) {
    return call(() -> practice.slot(slotId));
  }

  @Override
  public List<WaitlistCandidate> waitlistCandidates(String specialty) {
    return call(() -> practice.waitlistCandidates(specialty));
  }

  private static <T> T call(Supplier<T> operation) {
    try {
      return operation.get();
    } catch (PracticeException e) {
      throw ApplicationFailure.newNonRetryableFailure(e.getMessage(), e.code());
    }
  }
}
