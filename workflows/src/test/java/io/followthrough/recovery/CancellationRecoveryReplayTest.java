package io.followthrough.recovery;

import io.followthrough.testkit.HistoryReplay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Recorded cancellation recovery histories must replay on the current code, so a change to the flow
 * not guarded by {@code Workflow.getVersion} fails here. {@code cancellation-recovery-v1}: the slot
 * refilled in wave 1 and the patient rebooked (recorded by {@code
 * CancellationRecoveryHappyPathTest} with {@code -Dfollowthrough.recordHistories=true}; never
 * re-record it after a release).
 */
class CancellationRecoveryReplayTest {

  @ParameterizedTest
  @ValueSource(strings = {"histories/cancellation-recovery-v1.json"})
  void recordedHistoryReplays(String resource) throws Exception {
    HistoryReplay.replayResource(resource, CancellationRecoveryWorkflowImpl.class);
  }
}
