package io.followthrough.faxrouting;

import io.followthrough.intake.FaxIntakeWorkflowImpl;
import io.followthrough.testkit.HistoryReplay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Recorded histories must replay on the current code. {@code fax-routing-*-v1}: a lab result filed,
 * acknowledged and its sender told (recorded by {@code FaxRoutingHappyPathTest} with {@code
 * -Dfollowthrough.recordHistories=true}). {@code fax-intake-lab-result-noted-v2}: an intake
 * recorded before {@code route-documents-to-outcomes}, when a lab result was only noted; replaying
 * it proves the version guard. {@code fax-intake-*-routed-v3}: intakes that started fax routing and
 * the refill outcome ({@code FaxIntakeRoutingTest}). Never re-record them after a release.
 */
class FaxRoutingReplayTest {

  @ParameterizedTest
  @ValueSource(strings = {"histories/fax-routing-lab-result-acknowledged-v1.json"})
  void faxRoutingHistoryReplays(String resource) throws Exception {
    HistoryReplay.replayResource(resource, FaxRoutingWorkflowImpl.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "histories/fax-intake-lab-result-routed-v3.json",
        "histories/fax-intake-refill-routed-v3.json",
        "histories/fax-intake-lab-result-noted-v2.json"
      })
  void faxIntakeHistoryReplays(String resource) throws Exception {
    HistoryReplay.replayResource(resource, FaxIntakeWorkflowImpl.class);
  }
}
