package io.followthrough.triage;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * Pages the on-call clinician (activity type {@code OnCallPage}); use with {@code
 * ActivityPolicies.outbound()}. At most one page per idempotency key. Acknowledgements come back as
 * the triage workflow's {@code pager} signal ({@link PagerResponse}), not through this interface.
 */
@ActivityInterface(namePrefix = "OnCall")
public interface OnCallActivities {

  @ActivityMethod
  PageReceipt page(PageRequest request);
}
