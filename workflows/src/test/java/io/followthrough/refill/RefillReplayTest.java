package io.followthrough.refill;

import io.followthrough.testkit.HistoryReplay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Recorded refill histories must replay on the current code, so a change to the flow that is not
 * guarded by {@code Workflow.getVersion} fails here. {@code refill-approved-v1}: a faxed request,
 * approved by the prescriber, the pharmacy and the patient told, the pharmacy's confirmation after
 * a delivery receipt (recorded by {@code RefillHappyPathTest} with {@code
 * -Dfollowthrough.recordHistories=true}; never re-record it after a release).
 */
class RefillReplayTest {

  @ParameterizedTest
  @ValueSource(strings = {"histories/refill-approved-v1.json"})
  void recordedHistoryReplays(String resource) throws Exception {
    HistoryReplay.replayResource(resource, RefillWorkflowImpl.class);
  }
}
