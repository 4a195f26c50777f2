package io.followthrough.intake;

import io.followthrough.testkit.HistoryReplay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Recorded intake histories must still replay on the current code: routed automatically, confirmed
 * by a coordinator, and a rejected document discarded after escalation. The {@code v1} fixtures
 * were recorded before ledger events (no {@code ledger-events} marker: they prove the version
 * guard); the {@code ledger} ones pin today's behaviour, recorded by {@code FaxIntakeLedgerTest}
 * with {@code -Dfollowthrough.recordHistories=true}. None of those started the referral outcome (no
 * {@code route-referral-to-outcome} marker); the {@code v2} ones did: a referral that started it
 * and a duplicate that supplemented it, recorded by {@code ReferralFromFaxIntakeTest}. Never
 * re-record old ones after a release.
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
        "histories/fax-intake-discarded-ledger.json",
        "histories/fax-intake-referral-started-v2.json",
        "histories/fax-intake-referral-supplemented-v2.json"
      })
  void recordedHistoryReplays(String resource) throws Exception {
    HistoryReplay.replayResource(resource, FaxIntakeWorkflowImpl.class);
  }
}
