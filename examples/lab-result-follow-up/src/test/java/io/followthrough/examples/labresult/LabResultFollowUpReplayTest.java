package io.followthrough.examples.labresult;

import io.followthrough.testkit.HistoryReplay;
import org.junit.jupiter.api.Test;

/**
 * Histories recorded from earlier versions of the workflow must still replay on the current code;
 * re-record with {@code -Dfollowthrough.recordHistories=true} only for new fixtures.
 */
class LabResultFollowUpReplayTest {

  @Test
  void happyPathRecordedBeforeTheCloseLoopChangeStillReplays() throws Exception {
    HistoryReplay.replayResource("histories/happy-path.json", LabResultFollowUpWorkflowImpl.class);
  }

  @Test
  void supervisorEscalationRecordedBeforeTheCloseLoopChangeStillReplays() throws Exception {
    HistoryReplay.replayResource(
        "histories/supervisor-resolves.json", LabResultFollowUpWorkflowImpl.class);
  }
}
