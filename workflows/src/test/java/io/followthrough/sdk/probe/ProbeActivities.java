package io.followthrough.sdk.probe;

import io.temporal.activity.ActivityInterface;

/** Side effects of the probe workflows used to test the SDK. */
@ActivityInterface
public interface ProbeActivities {

  /** Does some work; returns the key it was given. */
  String act(String idempotencyKey);

  /** Re-checks the world; the key ends with the poll number. */
  boolean check(String idempotencyKey);
}
