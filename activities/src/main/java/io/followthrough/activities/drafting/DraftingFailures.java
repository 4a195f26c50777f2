package io.followthrough.activities.drafting;

import io.followthrough.drafting.DraftingActivities;
import io.temporal.failure.ApplicationFailure;

/**
 * The failures drafting activities throw. Messages name purposes, fact names and check codes, never
 * fact values or reply text.
 */
public final class DraftingFailures {

  /** A hosted model refused the request itself (bad key, unknown model): no retry fixes it. */
  public static final String MODEL_REJECTED = "ModelRequestRejected";

  /** A hosted model could not be reached or failed (5xx, timeout): the activity retries. */
  public static final String MODEL_UNAVAILABLE = "ModelUnavailable";

  private DraftingFailures() {}

  /** Non-retryable {@link DraftingActivities#INVALID_INPUT}. */
  public static ApplicationFailure invalidInput(String message) {
    return ApplicationFailure.newNonRetryableFailure(message, DraftingActivities.INVALID_INPUT);
  }

  /** Non-retryable {@link DraftingActivities#INVALID_OUTPUT}. */
  public static ApplicationFailure invalidOutput(String message) {
    return ApplicationFailure.newNonRetryableFailure(message, DraftingActivities.INVALID_OUTPUT);
  }

  /** Non-retryable {@link #MODEL_REJECTED}; {@code cause} only names the exception type. */
  public static ApplicationFailure modelRejected(RuntimeException cause) {
    return ApplicationFailure.newNonRetryableFailure(
        "model request rejected (" + cause.getClass().getSimpleName() + ")", MODEL_REJECTED);
  }

  /** Retryable {@link #MODEL_UNAVAILABLE}; {@code cause} only names the exception type. */
  public static ApplicationFailure modelUnavailable(RuntimeException cause) {
    return ApplicationFailure.newFailure(
        "model request failed (" + cause.getClass().getSimpleName() + ")", MODEL_UNAVAILABLE);
  }
}
