package io.followthrough.triage;

import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.refill.RefillInput;
import io.followthrough.refill.RefillWorkflow;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.TimelineKind;
import io.followthrough.testkit.OutcomeTestEnvironment;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Routine messages wait for the office; refill requests go to the refill outcome. */
class MessageTriageRoutingTest extends TriageTestBase {

  @Test
  void routineMessageAfterHoursBecomesANextDayTask(OutcomeTestEnvironment env) {
    aiFake.answer(MessageUrgency.ROUTINE, false, "example:appointment-question");
    MessageTriageWorkflow wf = start(env, "can I move my appointment next week?");
    assertTrue(pagerFake.pages.isEmpty(), "routine: nobody paged");
    env.sleep(Duration.ofHours(9).plusMinutes(50));
    assertTrue(wf.state().tasks().isEmpty(), "no task before the office opens");
    env.sleep(Duration.ofMinutes(15));
    HumanTask task = openTask(wf, "routine-message");
    assertEquals("coordinator", task.role());
    assertTrue(
        !Instant.ofEpochMilli(task.openedAtMillis()).isBefore(TUESDAY_08_ET),
        "opened at " + Instant.ofEpochMilli(task.openedAtMillis()));
    resolve(wf, "routine-message", "replied");
    MessageTriageResult result = result(wf);
    assertEquals("answered", result.disposition());
    assertEquals("staff-1", result.answeredBy());
    assertThat(wf.timeline())
        .stagesInOrder("classify", "next-business-day")
        .hasEntry(TimelineKind.DEFERRED, "office-closed")
        .completed();
  }

  @Test
  void refillRequestStartsTheRefillOutcome(OutcomeTestEnvironment env) {
    TriageFakes.FakeRefillWorkflow.STARTED.clear();
    aiFake.answer(MessageUrgency.ROUTINE, true, "rule:refill");
    MessageTriageWorkflow wf = start(env, "I need a refill of my lisinopril");
    String key = id(wf).substring("message-triage/".length());
    MessageTriageResult result = result(wf);
    assertEquals("refill-handoff", result.disposition());
    assertEquals(RefillWorkflow.workflowId(key), result.refillWorkflowId());
    assertEquals(1, TriageFakes.FakeRefillWorkflow.STARTED.size());
    RefillInput in = TriageFakes.FakeRefillWorkflow.STARTED.get(0);
    assertEquals("message-triage", in.source());
    assertEquals(PATIENT, in.patientRef());
    assertEquals("clinic-north", in.site());
    assertEquals("I need a refill of my lisinopril", in.message().text());
    // Abandoned child: still running after the triage closed.
    assertEquals(
        io.temporal.api.enums.v1.WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING,
        describe(env, result.refillWorkflowId()));
    assertTrue(pagerFake.pages.isEmpty() && channelFake.sent.isEmpty());
  }

  @Test
  void urgentMessageInOfficeHoursIsACoordinatorTaskNotAPage(OutcomeTestEnvironment env) {
    aiFake.answer(MessageUrgency.URGENT, false, "example:rash-spreading");
    env.sleep(Duration.ofHours(12)); // Tuesday 10:00 in New York
    MessageTriageWorkflow wf = start(env, "rash spreading fast");
    assertTrue(pagerFake.pages.isEmpty(), "office hours: no page");
    HumanTask task = openTask(wf, "urgent-message");
    assertEquals("false", task.context().get("afterHours"));
    resolve(wf, "urgent-message", "called-back");
    assertEquals("answered", result(wf).disposition());
    assertThat(wf.timeline()).reachedStage("same-day").neverReachedStage("page-on-call");
  }

  private static io.temporal.api.enums.v1.WorkflowExecutionStatus describe(
      OutcomeTestEnvironment env, String workflowId) {
    return env.client()
        .getWorkflowServiceStubs()
        .blockingStub()
        .describeWorkflowExecution(
            io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest.newBuilder()
                .setNamespace(env.client().getOptions().getNamespace())
                .setExecution(
                    io.temporal.api.common.v1.WorkflowExecution.newBuilder()
                        .setWorkflowId(workflowId))
                .build())
        .getWorkflowExecutionInfo()
        .getStatus();
  }
}
