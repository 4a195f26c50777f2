package io.followthrough.triage;

import io.followthrough.testkit.HistoryReplay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Recorded triage histories must replay on the current code, so a change to the flow that is not
 * guarded by {@code Workflow.getVersion} fails here. {@code message-triage-emergency-v1}: emergency
 * instructions, a page, acknowledged, called back (recorded by {@code MessageTriageEmergencyTest}
 * with {@code -Dfollowthrough.recordHistories=true}; never re-record it after a release).
 */
class MessageTriageReplayTest {

  @ParameterizedTest
  @ValueSource(strings = {"histories/message-triage-emergency-v1.json"})
  void recordedHistoryReplays(String resource) throws Exception {
    HistoryReplay.replayResource(resource, MessageTriageWorkflowImpl.class);
  }
}
