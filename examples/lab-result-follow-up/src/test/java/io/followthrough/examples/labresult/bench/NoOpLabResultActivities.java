package io.followthrough.examples.labresult.bench;

import io.followthrough.examples.labresult.LabResultActivities;

/** Activities that do nothing, so the benchmark measures workflow overhead only. */
public class NoOpLabResultActivities implements LabResultActivities {
  @Override
  public void notifyProvider(String resultId, boolean abnormal, String idempotencyKey) {}

  @Override
  public void remindProvider(String resultId, String channel, String idempotencyKey) {}

  @Override
  public void notifyPatient(String resultId, String idempotencyKey) {}

  @Override
  public boolean checkPatientInformed(String resultId, String idempotencyKey) {
    return false;
  }

  @Override
  public void closeLoop(String resultId, String idempotencyKey) {}
}
