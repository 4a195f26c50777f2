package io.followthrough.examples.labresult;

import io.temporal.activity.ActivityInterface;

/**
 * Side effects of {@link LabResultFollowUpWorkflow}. Every method takes an idempotency key: an
 * implementation must make a repeated call with the same key a no-op towards the outside world. A
 * blank {@code resultId} is bad input: implementations throw a non-retryable {@code
 * ApplicationFailure} of type {@code InvalidInput}. Activity type names are the method names
 * capitalized ({@code NotifyProvider}, ...).
 */
@ActivityInterface
public interface LabResultActivities {

  /** Sends the result to the ordering provider's inbox; {@code abnormal} flags it urgent. */
  void notifyProvider(String resultId, boolean abnormal, String idempotencyKey);

  /** Reminds the provider on {@code channel} (e.g. {@code provider-inbox}, {@code pager}). */
  void remindProvider(String resultId, String channel, String idempotencyKey);

  /** Tells the patient a reviewed result is available (no result content in the message). */
  void notifyPatient(String resultId, String idempotencyKey);

  /** Re-checks whether the patient opened the result (e.g. portal read receipt). */
  boolean checkPatientInformed(String resultId, String idempotencyKey);

  /** Tells the ordering provider the patient is informed: the loop is closed. */
  void closeLoop(String resultId, String idempotencyKey);
}
