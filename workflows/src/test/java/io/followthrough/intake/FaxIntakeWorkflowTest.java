package io.followthrough.intake;

import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.documents.DocumentIntakeActivities;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.OutcomeSearchAttributes;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.testkit.ActivityRecorder;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.followthrough.testkit.OutcomeTestExtension;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaxIntakeWorkflowTest {

  final ActivityRecorder<DocumentIntakeActivities> documents =
      ActivityRecorder.of(DocumentIntakeActivities.class, new FakeDocumentIntake());

  @RegisterExtension
  final OutcomeTestExtension kit =
      OutcomeTestExtension.configure(
          env -> env.workflowTypes(FaxIntakeWorkflowImpl.class).activities(documents.proxy()));

  // The fax-intake-*-v1.json fixtures these scenarios recorded (before ledger events) are frozen;
  // FaxIntakeLedgerTest records today's behaviour (fax-intake-*-ledger.json).

  private FaxIntakeWorkflow start(OutcomeTestEnvironment env, String documentId) {
    FaxIntakeWorkflow wf =
        env.newWorkflow(FaxIntakeWorkflow.class, FaxIntakeWorkflow.workflowId(documentId));
    WorkflowClient.start(wf::run, new FaxIntakeInput(documentId, "upload", 0L, 1));
    return wf;
  }

  @Test
  void cleanReferralIsRoutedWithoutAPerson(OutcomeTestEnvironment env) {
    FaxIntakeWorkflow wf = start(env, FakeDocumentIntake.CLEAN);
    IntakeSummary result = WorkflowStub.fromTyped(wf).getResult(IntakeSummary.class);

    assertEquals("referral", result.routedType());
    assertEquals("automatic", result.decision());
    assertEquals(List.of("patient_name", "referring_npi"), result.fieldsFound());
    assertTrue(wf.state().completed());
    assertTrue(wf.state().tasks().isEmpty());
    assertThat(wf.timeline()).stagesInOrder("understand", "route").neverEscalated().completed();
    assertTrue(
        wf.timeline().stream().anyMatch(e -> "routed:referral".equals(e.code())),
        "the route is recorded in the timeline");
    String id = FaxIntakeWorkflow.workflowId(FakeDocumentIntake.CLEAN);
    assertEquals("fax-intake", env.searchAttributes(id).get(OutcomeSearchAttributes.OUTCOME_TYPE));
    assertEquals("completed", env.searchAttributes(id).get(OutcomeSearchAttributes.OUTCOME_STAGE));
  }

  @Test
  void unsureFactsGoToACoordinatorWhoConfirmsTheType(OutcomeTestEnvironment env) {
    FaxIntakeWorkflow wf = start(env, FakeDocumentIntake.UNSURE);
    env.sleep(Duration.ofMinutes(1));

    assertEquals("review", wf.state().stage());
    HumanTask task = wf.state().tasks().get(0);
    assertEquals("coordinator", task.role());
    assertEquals("missing-required-fields", task.reason());
    assertEquals(FakeDocumentIntake.UNSURE, task.context().get("documentId"));
    assertEquals("referral", task.context().get("typeGuess"));
    assertEquals("referring_npi", task.context().get("missingFields"));
    assertFalse(
        task.context().containsValue("Test Patient"), "no field values in the task context");
    String id = FaxIntakeWorkflow.workflowId(FakeDocumentIntake.UNSURE);
    assertEquals(true, env.searchAttributes(id).get(OutcomeSearchAttributes.NEEDS_HUMAN));
    IntakeSummary waiting = wf.intake();
    assertTrue(waiting.understood());
    assertNull(waiting.routedType());

    assertThrows(
        WorkflowUpdateException.class,
        () -> wf.completeTask(new TaskCompletion(task.id(), "coordinator", "c-1", "pizza")));
    wf.completeTask(new TaskCompletion(task.id(), "coordinator", "c-1", "referral"));

    IntakeSummary result = WorkflowStub.fromTyped(wf).getResult(IntakeSummary.class);
    assertEquals("referral", result.routedType());
    assertEquals("coordinator", result.decision());
    assertThat(wf.timeline()).stagesInOrder("understand", "review", "route").completed();
  }

  @Test
  void rejectedDocumentOpensAReviewTaskAndIsNeverDropped(OutcomeTestEnvironment env) {
    FaxIntakeWorkflow wf = start(env, FakeDocumentIntake.BAD);
    env.sleep(Duration.ofMinutes(1));

    HumanTask task = wf.state().tasks().get(0);
    assertEquals("review-document", task.reason());
    assertEquals("DocumentRejected:ENCRYPTED", task.context().get("rejection"));
    assertEquals(1, documents.calls("understand").size(), "a rejection is not retried");
    assertEquals("DocumentRejected:ENCRYPTED", wf.intake().rejection());

    // Nobody answers for a business day: the task moves to a supervisor, still open.
    env.sleep(Duration.ofHours(9));
    HumanTask escalated = wf.state().tasks().get(1);
    assertEquals("supervisor", escalated.role());
    assertTrue(escalated.isOpen());

    wf.completeTask(new TaskCompletion(escalated.id(), "supervisor", "s-1", "discard"));
    IntakeSummary result = WorkflowStub.fromTyped(wf).getResult(IntakeSummary.class);
    assertEquals("discarded", result.decision());
    assertNull(result.routedType());
    assertThat(wf.timeline()).stagesInOrder("understand", "review").completed();
  }

  @Test
  void theSameDocumentTwiceIsOneRun(OutcomeTestEnvironment env) {
    String id = FaxIntakeWorkflow.workflowId(FakeDocumentIntake.CLEAN);
    WorkflowOptions options =
        WorkflowOptions.newBuilder()
            .setWorkflowId(id)
            .setTaskQueue(env.taskQueue())
            .setWorkflowIdReusePolicy(
                WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
            .build();
    FaxIntakeInput input = new FaxIntakeInput(FakeDocumentIntake.CLEAN, "upload", 0L, 1);
    FaxIntakeWorkflow first = env.client().newWorkflowStub(FaxIntakeWorkflow.class, options);
    WorkflowClient.start(first::run, input);
    FaxIntakeWorkflow second = env.client().newWorkflowStub(FaxIntakeWorkflow.class, options);
    assertThrows(
        WorkflowExecutionAlreadyStarted.class, () -> WorkflowClient.start(second::run, input));
    WorkflowStub.fromTyped(first).getResult(IntakeSummary.class);
    // Even after completion, the id is not reused: the same fax again is still a no-op.
    FaxIntakeWorkflow third = env.client().newWorkflowStub(FaxIntakeWorkflow.class, options);
    assertThrows(
        WorkflowExecutionAlreadyStarted.class, () -> WorkflowClient.start(third::run, input));
    assertEquals(1, documents.calls("understand").size());
  }
}
