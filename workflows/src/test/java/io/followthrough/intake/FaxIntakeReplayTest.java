package io.followthrough.intake;

import io.followthrough.testkit.HistoryReplay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Recorded intake histories must still replay on the current code: routed automatically, confirmed
 * by a coordinator, and a rejected document discarded after escalation (v1, before referrals
 * started the referral outcome); a referral that started the referral outcome and a duplicate that
 * supplemented it (v2, {@code route-referral-to-outcome} version 1, recorded by {@code
 * ReferralFromFaxIntakeTest}). Record new fixtures with {@code
 * -Dfollowthrough.recordHistories=true}; never re-record old ones after a release.
 */
class FaxIntakeReplayTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "histories/fax-intake-routed-v1.json",
        "histories/fax-intake-confirmed-v1.json",
        "histories/fax-intake-discarded-v1.json",
        "histories/fax-intake-referral-started-v2.json",
        "histories/fax-intake-referral-supplemented-v2.json"
      })
  void recordedHistoryReplays(String resource) throws Exception {
    HistoryReplay.replayResource(resource, FaxIntakeWorkflowImpl.class);
  }
}
