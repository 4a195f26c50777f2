package io.followthrough.examples.labresult;

import io.followthrough.sdk.ActivityPolicies;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Sandbox implementation: sends nothing, but appends every execution (retries included) to {@code
 * <dataDirectory>/lab-result-follow-up/executions.log} as {@code <epochMillis> <activityName>
 * <idempotencyKey>}, so tests can prove no completed step runs twice. The re-check poll never finds
 * evidence: send the {@code patientConfirmed} signal instead.
 */
public class SandboxLabResultActivities implements LabResultActivities {
  private final ExecutionJournal journal;
  private final Duration delay;

  /**
   * @param dataDirectory the worker's data folder
   * @param delay pause after journaling each execution (gives chaos tests a window to kill the
   *     worker mid-activity); zero for none
   */
  public SandboxLabResultActivities(Path dataDirectory, Duration delay) {
    this.journal = new ExecutionJournal(dataDirectory);
    this.delay = delay;
  }

  /** The journal file. */
  public Path journalFile() {
    return journal.file();
  }

  @Override
  public void notifyProvider(String resultId, boolean abnormal, String idempotencyKey) {
    execute(resultId, idempotencyKey);
  }

  @Override
  public void remindProvider(String resultId, String channel, String idempotencyKey) {
    execute(resultId, idempotencyKey);
  }

  @Override
  public void notifyPatient(String resultId, String idempotencyKey) {
    execute(resultId, idempotencyKey);
  }

  @Override
  public boolean checkPatientInformed(String resultId, String idempotencyKey) {
    execute(resultId, idempotencyKey);
    return false;
  }

  @Override
  public void closeLoop(String resultId, String idempotencyKey) {
    execute(resultId, idempotencyKey);
  }

  private void execute(String resultId, String idempotencyKey) {
    if (resultId == null || resultId.isBlank()) {
      throw ApplicationFailure.newNonRetryableFailure(
          "resultId is required", ActivityPolicies.INVALID_INPUT);
    }
    if (idempotencyKey == null || idempotencyKey.isBlank()) {
      throw ApplicationFailure.newNonRetryableFailure(
          "an idempotency key is required", ActivityPolicies.INVALID_INPUT);
    }
    journal.append(Activity.getExecutionContext().getInfo().getActivityType(), idempotencyKey);
    if (!delay.isZero()) {
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
