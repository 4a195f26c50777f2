package io.followthrough.sdk;

import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.followthrough.sdk.probe.LadderProbeWorkflow;
import io.followthrough.sdk.probe.LadderProbeWorkflowImpl;
import io.followthrough.sdk.probe.ProbeActivities;
import io.followthrough.sdk.probe.ScriptedProbeActivities;
import io.followthrough.testkit.ActivityRecorder;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.followthrough.testkit.OutcomeTestExtension;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EscalationLadderWorkflowTest {
  final ActivityRecorder<ProbeActivities> activities =
      ActivityRecorder.of(ProbeActivities.class, new ScriptedProbeActivities(0, 1));

  @RegisterExtension
  final OutcomeTestExtension kit =
      OutcomeTestExtension.configure(
          b -> b.workflowTypes(LadderProbeWorkflowImpl.class).activities(activities.proxy()));

  @Test
  void answerBetweenRungsStopsTheClimb(OutcomeTestEnvironment env) {
    LadderProbeWorkflow wf = env.newWorkflow(LadderProbeWorkflow.class, "probe/ladder-1");
    WorkflowClient.start(wf::run);
    env.sleep(Duration.ofMinutes(90));
    assertEquals(
        1L, env.searchAttributes("probe/ladder-1").get(OutcomeSearchAttributes.ESCALATION_LEVEL));
    wf.answer();

    assertEquals("stopped:1", WorkflowStub.fromTyped(wf).getResult(String.class));
    assertEquals(
        List.of("probe/ladder-1:sms:1"),
        activities.calls("act").stream().map(c -> (String) c.arg(0)).toList());
    assertThat(wf.timeline()).escalatedTo(1).escalatedThrough("sms").completed();
  }

  @Test
  void silenceEndsWithAPersonNeverWithSilentFailure(OutcomeTestEnvironment env) {
    LadderProbeWorkflow wf = env.newWorkflow(LadderProbeWorkflow.class, "probe/ladder-2");
    WorkflowClient.start(wf::run);
    env.sleep(Duration.ofDays(30));

    OutcomeState state = wf.state();
    assertEquals(3, state.escalationLevel());
    assertEquals(List.of("outreach-1"), state.tasks().stream().map(HumanTask::id).toList());
    assertEquals(2, activities.count("act"));
    wf.completeTask(new TaskCompletion("outreach-1", "supervisor", "sup-1", "called"));

    assertEquals("human:sup-1:3", WorkflowStub.fromTyped(wf).getResult(String.class));
    assertThat(wf.timeline())
        .escalatedThrough("sms")
        .escalatedThrough("voice")
        .escalatedThrough("supervisor")
        .escalatedTo(3)
        .timesAreOrdered();
  }
}
