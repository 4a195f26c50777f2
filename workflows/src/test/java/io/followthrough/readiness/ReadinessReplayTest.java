package io.followthrough.readiness;

import io.followthrough.testkit.HistoryReplay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Recorded readiness histories must replay on the current code: a change to the flow that is not
 * guarded by {@code Workflow.getVersion} fails here. {@code readiness-reminded-v1}: forms missing,
 * asked, reminded, completed (recorded by {@code ReadinessHappyPathTest} with {@code
 * -Dfollowthrough.recordHistories=true}; never re-record it after a release).
 */
class ReadinessReplayTest {

  @ParameterizedTest
  @ValueSource(strings = {"histories/readiness-reminded-v1.json"})
  void recordedHistoryReplays(String resource) throws Exception {
    HistoryReplay.replayResource(resource, ReadinessWorkflowImpl.class);
  }
}
