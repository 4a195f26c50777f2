package io.followthrough.referral;

/** Answers every site with one policy, the defaults unless a test sets another. */
final class FixedPolicy implements ReferralPolicyActivities {
  private volatile ReferralPolicy policy = ReferralPolicy.defaults();

  void set(ReferralPolicy value) {
    policy = value;
  }

  @Override
  public ReferralPolicy policy(String site) {
    return policy;
  }
}
