package io.followthrough.examples.labresult;

import io.followthrough.testkit.HistoryReplay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Recorded histories must still replay on the current code. The {@code v0} histories were recorded
 * before the {@code close-loop-with-provider} change and prove the {@code Workflow.getVersion}
 * guard; the {@code v1} ones were recorded after it but before the SDK's ledger events (no {@code
 * ledger-events} marker); the {@code ledger} ones pin today's behaviour. Record new fixtures with
 * {@code -Dfollowthrough.recordHistories=true} (see docs/sdk.md); never re-record old ones.
 */
class LabResultFollowUpReplayTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "histories/happy-path-v0.json",
        "histories/supervisor-resolves-v0.json",
        "histories/happy-path-v1.json",
        "histories/supervisor-resolves-v1.json",
        "histories/happy-path-ledger.json",
        "histories/supervisor-resolves-ledger.json"
      })
  void recordedHistoryReplays(String resource) throws Exception {
    HistoryReplay.replayResource(resource, LabResultFollowUpWorkflowImpl.class);
  }
}
