package io.followthrough.examples.labresult;

import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.OutcomeSearchAttributes;
import io.followthrough.sdk.OutcomeState;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.sdk.TaskReceipt;
import io.followthrough.testkit.ActivityRecorder;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.followthrough.testkit.OutcomeTestExtension;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.common.SearchAttributes;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LabResultFollowUpEscalationTest {
  final ActivityRecorder<LabResultActivities> activities =
      ActivityRecorder.of(LabResultActivities.class, new FakeLabResultActivities());

  @RegisterExtension
  final OutcomeTestExtension kit =
      OutcomeTestExtension.configure(
          env ->
              env.workflowTypes(LabResultFollowUpWorkflowImpl.class)
                  .activities(activities.proxy())
                  .initialTime(LabResultFollowUpHappyPathTest.NOON_NEW_YORK));

  @Test
  void silentProviderClimbsTheLadderToASupervisorWhoResolvesIt(OutcomeTestEnvironment env)
      throws Exception {
    String id = LabResultFollowUpWorkflow.workflowId("R-2");
    LabResultFollowUpWorkflow wf = env.newWorkflow(LabResultFollowUpWorkflow.class, id);
    WorkflowClient.start(wf::run, new LabResultFollowUpInput("R-2", true, "America/New_York"));

    env.sleep(Duration.ofMinutes(90)); // abnormal: one rung an hour
    assertEquals(1, wf.state().escalationLevel());
    assertEquals(1, activities.count("remindProvider"));

    env.sleep(Duration.ofMinutes(100)); // past the third hour: supervisor task open
    OutcomeState state = wf.state();
    assertEquals(3, state.escalationLevel());
    assertTrue(state.needsHuman());
    assertEquals("supervisor", state.owner());
    HumanTask task = state.tasks().get(0);
    assertEquals("supervisor", task.role());
    assertEquals("R-2", task.context().get("resultId"));
    assertEquals(2, activities.count("remindProvider"));
    SearchAttributes attributes = env.searchAttributes(id);
    assertEquals(Boolean.TRUE, attributes.get(OutcomeSearchAttributes.NEEDS_HUMAN));
    assertEquals("supervisor", attributes.get(OutcomeSearchAttributes.OWNER));
    assertEquals(3L, attributes.get(OutcomeSearchAttributes.ESCALATION_LEVEL));

    assertRejected(
        wf, new TaskCompletion(task.id(), "coordinator", "c-1", "ok"), "not coordinator");
    assertRejected(wf, new TaskCompletion("nope-9", "supervisor", "s-1", "ok"), "unknown task id");

    TaskReceipt receipt =
        wf.completeTask(new TaskCompletion(task.id(), "supervisor", "sup-7", "called-provider"));
    assertEquals(task.id(), receipt.taskId());
    assertRejected(wf, new TaskCompletion(task.id(), "supervisor", "s-1", "ok"), "no longer open");

    env.sleep(Duration.ofMinutes(10));
    wf.patientConfirmed(new PatientConfirmation("portal"));
    LabResultFollowUpResult result =
        WorkflowStub.fromTyped(wf).getResult(LabResultFollowUpResult.class);
    assertEquals(new LabResultFollowUpResult("R-2", "sup-7", 3, "signal"), result);
    assertThat(wf.timeline())
        .escalatedTo(3)
        .escalatedThrough("reminder-1")
        .escalatedThrough("reminder-2")
        .escalatedThrough("supervisor-review")
        .reachedStage("notify-patient")
        .completed();
    assertEquals(false, env.searchAttributes(id).get(OutcomeSearchAttributes.NEEDS_HUMAN));

    if (Boolean.getBoolean("followthrough.recordHistories")) {
      env.exportHistory(
          id, Path.of("src/test/resources/histories/supervisor-resolves-ledger.json"));
    }
  }

  @Test
  void unansweredSupervisorTaskGoesToTheMedicalDirector(OutcomeTestEnvironment env) {
    String id = LabResultFollowUpWorkflow.workflowId("R-3");
    LabResultFollowUpWorkflow wf = env.newWorkflow(LabResultFollowUpWorkflow.class, id);
    WorkflowClient.start(wf::run, new LabResultFollowUpInput("R-3", false, "America/New_York"));

    env.sleep(Duration.ofHours(12).plusMinutes(1)); // normal: three rungs of four hours
    HumanTask supervisorTask = wf.state().tasks().get(0);
    env.sleep(Duration.ofHours(24));

    OutcomeState state = wf.state();
    assertEquals(4, state.escalationLevel());
    assertEquals("medical-director", state.owner());
    assertEquals(HumanTask.Status.ESCALATED, state.tasks().get(0).status());
    HumanTask directorTask = state.tasks().get(1);
    assertEquals("medical-director", directorTask.role());
    assertRejected(
        wf,
        new TaskCompletion(supervisorTask.id(), "supervisor", "sup-1", "late"),
        "no longer open (escalated)");

    // The provider acknowledges after all: the open task is superseded, nobody needs to act.
    wf.acknowledge(new Acknowledgement("dr-9"));
    env.sleep(Duration.ofMinutes(5));
    OutcomeState after = wf.state();
    assertEquals(HumanTask.Status.SUPERSEDED, after.tasks().get(1).status());
    assertEquals(false, after.needsHuman());
    assertThat(wf.timeline())
        .escalatedThrough("task:medical-director")
        .reachedStage("notify-patient");
  }

  private static void assertRejected(
      LabResultFollowUpWorkflow wf, TaskCompletion completion, String reason) {
    WorkflowUpdateException e =
        assertThrows(WorkflowUpdateException.class, () -> wf.completeTask(completion));
    String message = String.valueOf(e.getCause().getMessage());
    assertTrue(message.contains(reason), message);
  }
}
