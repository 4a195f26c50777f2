package io.followthrough.faxrouting;

/** The default policy, or one a test sets. */
final class FixedFaxRoutingPolicy implements FaxRoutingPolicyActivities {
  volatile FaxRoutingPolicy policy = FaxRoutingPolicy.defaults();

  @Override
  public FaxRoutingPolicy policy(String site) {
    return policy;
  }
}
