package io.followthrough.priorauth;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * The scheduling team's work queue (in the sandbox: a persisted list shown at {@code GET
 * /sandbox/payer/scheduler}). Use with {@code ActivityPolicies.outbound()}.
 */
@ActivityInterface
public interface SchedulingQueueActivities {

  /** Posts {@code notice}; a repeat with the same key posts nothing new. Returns the notice id. */
  @ActivityMethod(name = "SchedulingQueueNotify")
  String notifyScheduler(SchedulingNotice notice, String idempotencyKey);
}
