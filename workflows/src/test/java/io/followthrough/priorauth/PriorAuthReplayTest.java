package io.followthrough.priorauth;

import io.followthrough.testkit.HistoryReplay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Recorded prior-authorization histories must replay on the current code, so a change to the flow
 * not guarded by {@code Workflow.getVersion} fails here. {@code prior-auth-approved-v1}: slow
 * pending, approved, scheduler told; {@code prior-auth-appealed-v1}: denied, appeal signed and
 * approved (recorded by {@code PriorAuthHappyPathTest} and {@code PriorAuthAppealTest} with {@code
 * -Dfollowthrough.recordHistories=true}; never re-record them after a release).
 */
class PriorAuthReplayTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"histories/prior-auth-approved-v1.json", "histories/prior-auth-appealed-v1.json"})
  void recordedHistoryReplays(String resource) throws Exception {
    HistoryReplay.replayResource(resource, PriorAuthWorkflowImpl.class);
  }
}
