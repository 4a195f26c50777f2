package io.followthrough.sdk.probe;

import io.temporal.failure.ApplicationFailure;
import java.util.concurrent.atomic.AtomicInteger;

/** Fails {@code act} a set number of times; {@code check} finds evidence from a set poll on. */
public class ScriptedProbeActivities implements ProbeActivities {
  private final AtomicInteger failuresLeft;
  private final int foundOnPoll;

  public ScriptedProbeActivities(int failures, int foundOnPoll) {
    this.failuresLeft = new AtomicInteger(failures);
    this.foundOnPoll = foundOnPoll;
  }

  @Override
  public String act(String idempotencyKey) {
    if (failuresLeft.getAndDecrement() > 0) {
      throw ApplicationFailure.newNonRetryableFailure("scripted failure", "Flaky");
    }
    return idempotencyKey;
  }

  @Override
  public boolean check(String idempotencyKey) {
    return Integer.parseInt(idempotencyKey.substring(idempotencyKey.lastIndexOf(':') + 1))
        >= foundOnPoll;
  }
}
