package io.followthrough.referral;

import io.followthrough.testkit.HistoryReplay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Recorded referral histories must replay on the current code, so a change to the flow that is not
 * guarded by {@code Workflow.getVersion} fails here. {@code referral-seen-v1}: a self-booked visit,
 * kept, referrer told (recorded by {@code ReferralHappyPathTest} with {@code
 * -Dfollowthrough.recordHistories=true}; never re-record it after a release).
 */
class ReferralReplayTest {

  @ParameterizedTest
  @ValueSource(strings = {"histories/referral-seen-v1.json"})
  void recordedHistoryReplays(String resource) throws Exception {
    HistoryReplay.replayResource(resource, ReferralWorkflowImpl.class);
  }
}
