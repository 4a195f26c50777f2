package io.followthrough.sdk.probe;

import io.followthrough.sdk.ActivityPolicies;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/** Activity stub shared by the probes: one try per activity call, so stage retries show. */
final class ProbeSupport {
  private ProbeSupport() {}

  static ProbeActivities activities() {
    return Workflow.newActivityStub(
        ProbeActivities.class,
        ActivityPolicies.standard().toBuilder()
            .setRetryOptions(
                ActivityPolicies.retry(1, Duration.ofSeconds(1), Duration.ofSeconds(1)))
            .build());
  }
}
