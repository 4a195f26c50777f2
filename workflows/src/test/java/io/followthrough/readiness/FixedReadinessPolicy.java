package io.followthrough.readiness;

/** The default readiness policy, or the one a test sets. */
final class FixedReadinessPolicy implements ReadinessPolicyActivities {
  volatile ReadinessPolicy policy = ReadinessPolicy.defaults();

  @Override
  public ReadinessPolicy policy(String site) {
    return policy;
  }
}
