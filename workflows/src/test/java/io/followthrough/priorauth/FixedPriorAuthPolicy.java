package io.followthrough.priorauth;

/** The default policy and a rules table where every payer needs auth for cardiology (10 days). */
final class FixedPriorAuthPolicy implements PriorAuthPolicyActivities {
  private volatile PriorAuthPolicy policy = PriorAuthPolicy.defaults();

  void set(PriorAuthPolicy value) {
    policy = value;
  }

  @Override
  public PriorAuthPolicy policy(String site) {
    return policy;
  }

  @Override
  public AuthRule rule(String payer, String specialty, String serviceCode) {
    return "cardiology".equals(specialty)
        ? new AuthRule(true, "93306", 10)
        : AuthRule.notRequired();
  }
}
