package io.followthrough.intake;

import io.followthrough.testkit.HistoryReplay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Recorded intake histories must still replay on the current code: routed automatically, confirmed
 * by a coordinator, and a rejected document discarded after escalation. The {@code v1} fixtures
 * were recorded before ledger events (no {@code ledger-events} marker: they prove the version
 * guard); the {@code ledger} ones pin today's behaviour, recorded by {@code FaxIntakeLedgerTest}
 * with {@code -Dfollowthrough.recordHistories=true}. Never re-record old ones after a release.
 */
class FaxIntakeReplayTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "histories/fax-intake-routed-v1.json",
        "histories/fax-intake-confirmed-v1.json",
        "histories/fax-intake-discarded-v1.json",
        "histories/fax-intake-routed-ledger.json",
        "histories/fax-intake-confirmed-ledger.json",
        "histories/fax-intake-discarded-ledger.json"
      })
  void recordedHistoryReplays(String resource) throws Exception {
    HistoryReplay.replayResource(resource, FaxIntakeWorkflowImpl.class);
  }
}
