package io.followthrough.examples.labresult;

/** Test fake: sends nothing; the re-check poll finds evidence from poll {@code foundOnPoll} on. */
class FakeLabResultActivities implements LabResultActivities {
  private final int foundOnPoll;

  /** A fake whose poll never finds evidence. */
  FakeLabResultActivities() {
    this(Integer.MAX_VALUE);
  }

  FakeLabResultActivities(int foundOnPoll) {
    this.foundOnPoll = foundOnPoll;
  }

  @Override
  public void notifyProvider(String resultId, boolean abnormal, String idempotencyKey) {}

  @Override
  public void remindProvider(String resultId, String channel, String idempotencyKey) {}

  @Override
  public void notifyPatient(String resultId, String idempotencyKey) {}

  @Override
  public void closeLoop(String resultId, String idempotencyKey) {}

  @Override
  public boolean checkPatientInformed(String resultId, String idempotencyKey) {
    int poll = Integer.parseInt(idempotencyKey.substring(idempotencyKey.lastIndexOf(':') + 1));
    return poll >= foundOnPoll;
  }
}
