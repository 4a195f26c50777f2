package io.followthrough.examples.labresult;

import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.OutcomeState;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.sdk.TimelineKind;
import io.followthrough.testkit.ActivityRecorder;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.followthrough.testkit.OutcomeTestExtension;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LabResultFollowUpHandOverTest {

  /** The provider's inbox rejects every message. */
  static class UnreachableProvider extends FakeLabResultActivities {
    @Override
    public void notifyProvider(String resultId, boolean abnormal, String idempotencyKey) {
      throw ApplicationFailure.newNonRetryableFailure("inbox rejected", "ProviderUnreachable");
    }
  }

  final ActivityRecorder<LabResultActivities> activities =
      ActivityRecorder.of(LabResultActivities.class, new UnreachableProvider());

  @RegisterExtension
  final OutcomeTestExtension kit =
      OutcomeTestExtension.configure(
          env ->
              env.workflowTypes(LabResultFollowUpWorkflowImpl.class)
                  .activities(activities.proxy())
                  .initialTime(LabResultFollowUpHappyPathTest.NOON_NEW_YORK));

  @Test
  void spentRetryBudgetBecomesACoordinatorTaskNotAFailedWorkflow(OutcomeTestEnvironment env) {
    LabResultFollowUpWorkflow wf =
        env.newWorkflow(
            LabResultFollowUpWorkflow.class, LabResultFollowUpWorkflow.workflowId("R-8"));
    WorkflowClient.start(wf::run, new LabResultFollowUpInput("R-8", false, "America/New_York"));
    env.sleep(Duration.ofMinutes(10));

    assertEquals(3, activities.count("notifyProvider")); // the stage's retry budget
    OutcomeState state = wf.state();
    HumanTask task = state.tasks().get(0);
    assertEquals("coordinator", task.role());
    assertEquals("provider-notification-failed", task.reason());
    assertEquals("notify-provider-1", task.id());

    wf.completeTask(new TaskCompletion(task.id(), "coordinator", "c-2", "phoned-provider"));
    wf.acknowledge(new Acknowledgement("dr-3"));
    wf.patientConfirmed(new PatientConfirmation("portal"));
    LabResultFollowUpResult result =
        WorkflowStub.fromTyped(wf).getResult(LabResultFollowUpResult.class);
    assertEquals("dr-3", result.acknowledgedBy());
    assertThat(wf.timeline())
        .attempts("notify-provider", 3)
        .hasEntry(TimelineKind.ATTEMPT_FAILED, "ProviderUnreachable")
        .hasEntry(TimelineKind.TASK_COMPLETED, "notify-provider-1")
        .completed();
  }
}
