package io.followthrough.activities.triage;

import io.followthrough.sdk.ActivityPolicies;
import io.followthrough.triage.OnCallActivities;
import io.followthrough.triage.PageReceipt;
import io.followthrough.triage.PageRequest;
import io.temporal.failure.ApplicationFailure;

/** {@link OnCallActivities} on the {@link SandboxPager} (dev and demo workers only). */
public final class SandboxOnCallActivities implements OnCallActivities {
  private final SandboxPager pager;

  public SandboxOnCallActivities(SandboxPager pager) {
    this.pager = pager;
  }

  @Override
  public PageReceipt page(PageRequest request) {
    if (request == null
        || request.onCallRef() == null
        || request.idempotencyKey() == null
        || request.idempotencyKey().isBlank()) {
      throw ApplicationFailure.newNonRetryableFailure(
          "a page needs an on-call ref and an idempotency key", ActivityPolicies.INVALID_INPUT);
    }
    return pager.page(request);
  }
}
