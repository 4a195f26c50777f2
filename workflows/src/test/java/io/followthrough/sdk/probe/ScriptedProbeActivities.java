package io.followthrough.sdk.probe;

import io.temporal.failure.ApplicationFailure;
import java.util.concurrent.atomic.AtomicInteger;

/** Fails {@code act} a set number of times; {@code check} finds evidence from a set poll on. */
public class ScriptedProbeActivities implements ProbeActivities {
  private final AtomicInteger failuresLeft;
  private final int foundOnPoll;
  private final String failureType;

  /** Fails with the retryable type {@code Flaky}. */
  public ScriptedProbeActivities(int failures, int foundOnPoll) {
    this(failures, foundOnPoll, "Flaky");
  }

  /** Fails with {@code failureType}; the probes' retry policy decides whether it is retried. */
  public ScriptedProbeActivities(int failures, int foundOnPoll, String failureType) {
    this.failuresLeft = new AtomicInteger(failures);
    this.foundOnPoll = foundOnPoll;
    this.failureType = failureType;
  }

  @Override
  public String act(String idempotencyKey) {
    if (failuresLeft.getAndDecrement() > 0) {
      throw ApplicationFailure.newFailure("scripted failure", failureType);
    }
    return idempotencyKey;
  }

  @Override
  public boolean check(String idempotencyKey) {
    return Integer.parseInt(idempotencyKey.substring(idempotencyKey.lastIndexOf(':') + 1))
        >= foundOnPoll;
  }
}
