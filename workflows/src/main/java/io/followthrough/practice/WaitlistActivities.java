package io.followthrough.practice;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;

/**
 * The practice system's slots and waitlist as a freed slot's refill needs them: the slot itself and
 * the waitlist with fit preferences. Read-only; use with {@link PracticeOptions#defaults()}. Kept
 * apart from {@link PracticeActivities} so that existing implementations of that interface stay
 * unchanged; the sandbox serves both. Failures as in {@link PracticeActivities}.
 */
@ActivityInterface
public interface WaitlistActivities {

  /** The slot (free or not). Fails with {@link PracticeActivities#SLOT_NOT_FOUND}. */
  @ActivityMethod(name = "PracticeSlot")
  Slot slot(String slotId);

  /**
   * The specialty's waitlist with each entry's preferences, urgent first, then oldest first.
   * Patients who already hold a booked appointment in the specialty are left out (they are served).
   * Fails with {@link PracticeActivities#INVALID_INPUT} for an unknown specialty.
   */
  @ActivityMethod(name = "PracticeWaitlistCandidates")
  List<WaitlistCandidate> waitlistCandidates(String specialty);
}
