package io.followthrough.sdk;

import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.followthrough.sdk.probe.ConfirmationProbeWorkflow;
import io.followthrough.sdk.probe.ConfirmationProbeWorkflowImpl;
import io.followthrough.sdk.probe.ProbeActivities;
import io.followthrough.sdk.probe.ScriptedProbeActivities;
import io.followthrough.testkit.ActivityRecorder;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConfirmationWorkflowTest {
  OutcomeTestEnvironment env;

  ActivityRecorder<ProbeActivities> start(int foundOnPoll) {
    ActivityRecorder<ProbeActivities> recorder =
        ActivityRecorder.of(ProbeActivities.class, new ScriptedProbeActivities(0, foundOnPoll));
    env =
        OutcomeTestEnvironment.builder()
            .workflowTypes(ConfirmationProbeWorkflowImpl.class)
            .activities(recorder.proxy())
            .build();
    return recorder;
  }

  @AfterEach
  void close() {
    env.close();
  }

  @Test
  void signalConfirmsWithoutPolling() {
    ActivityRecorder<ProbeActivities> recorder = start(99);
    ConfirmationProbeWorkflow wf = env.newWorkflow(ConfirmationProbeWorkflow.class, "probe/c-1");
    WorkflowClient.start(wf::run);
    env.sleep(Duration.ofMinutes(20));
    wf.evidence();
    assertEquals(ConfirmationResult.CONFIRMED_BY_SIGNAL, result(wf));
    assertEquals(0, recorder.count("check"));
  }

  @Test
  void silentWorldIsReCheckedEveryPollInterval() {
    ActivityRecorder<ProbeActivities> recorder = start(2);
    long started = env.now().toEpochMilli();
    ConfirmationProbeWorkflow wf = env.newWorkflow(ConfirmationProbeWorkflow.class, "probe/c-2");
    assertEquals(ConfirmationResult.CONFIRMED_BY_POLL, wf.run());
    assertEquals(2, recorder.count("check"));
    long secondPoll = recorder.calls("check").get(1).atMillis() - started;
    assertEquals(2, Math.round(secondPoll / (double) Duration.ofHours(1).toMillis()));
    assertThat(wf.timeline()).hasEntry(TimelineKind.EVIDENCE, "poll-2:found");
  }

  @Test
  void noEvidenceBeforeTheDeadlineIsReportedNotSwallowed() {
    ActivityRecorder<ProbeActivities> recorder = start(99);
    ConfirmationProbeWorkflow wf = env.newWorkflow(ConfirmationProbeWorkflow.class, "probe/c-3");
    assertEquals(ConfirmationResult.NOT_CONFIRMED, wf.run());
    assertEquals(3, recorder.count("check"));
  }

  private static ConfirmationResult result(ConfirmationProbeWorkflow wf) {
    return WorkflowStub.fromTyped(wf).getResult(ConfirmationResult.class);
  }
}
