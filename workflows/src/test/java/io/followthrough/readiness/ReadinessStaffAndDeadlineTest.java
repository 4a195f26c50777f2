package io.followthrough.readiness;

import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.sdk.TimelineKind;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.temporal.client.WorkflowUpdateException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A silent patient: the ask ladder, the coordinator N days before, the deadline's decision. */
class ReadinessStaffAndDeadlineTest extends ReadinessTestBase {

  @Test
  void aSilentPatientClimbsTheAskLadderAndACoordinatorIsAskedThreeDaysBefore(
      OutcomeTestEnvironment env) {
    practiceFake.allOnFile().without(ReadinessItems.PHOTO_ID);
    ReadinessWorkflow wf = start(env);

    env.sleep(Duration.between(MONDAY_10_ET, ESCALATE_AT).minusMinutes(10));
    assertEquals(
        List.of(
            key("awaiting-patient.ask.sms", 1),
            key("awaiting-patient.ask.sms", 2),
            key("awaiting-patient.ask.email", 3)),
        channelFake.keys(),
        "SMS, SMS after a day, email two days later");
    assertTrue(wf.state().tasks().isEmpty(), "nobody asked yet: " + wf.state().tasks());

    env.sleep(Duration.ofMinutes(20));
    HumanTask task = openTask(wf, "readiness-incomplete");
    assertEquals("coordinator", task.role());
    assertAbout(ESCALATE_AT, task.openedAtMillis());
    assertEquals("photo_id", task.context().get("missing"));
    assertEquals("3", task.context().get("asks"));
    assertEquals("sms,email", task.context().get("channelsTried"));
    assertEquals("proceed", task.context().get("deadlineDecision"));
    assertEquals(APPOINTMENT, task.context().get("appointmentId"));
    assertEquals("staff-review", wf.state().stage());

    // A resolution outside the list is refused before it reaches history.
    assertThrows(
        WorkflowUpdateException.class,
        () -> wf.completeTask(new TaskCompletion(task.id(), "coordinator", "staff-1", "made-up")));
    resolve(wf, "readiness-incomplete", "proceed");

    ReadinessResult r = result(wf);
    assertEquals("proceed-by-staff", r.status());
    assertEquals(List.of("photo_id"), r.missing());
    assertEquals(0, practiceFake.cancellations.size());
    assertMessagesSane(wf);
  }

  @Test
  void onlyFormsMissingAtTheDeadlineProceeds(OutcomeTestEnvironment env) {
    practiceFake.allOnFile().without(ReadinessItems.INTAKE_FORMS);
    ReadinessWorkflow wf = start(env);

    env.sleep(Duration.between(MONDAY_10_ET, DEADLINE_AT).plusMinutes(5));

    ReadinessResult r = result(wf);
    assertEquals("proceed-incomplete", r.status());
    assertEquals(List.of("intake_forms"), r.missing());
    assertEquals(0, practiceFake.cancellations.size(), "nothing cancelled");
    HumanTask task = wf.state().tasks().get(wf.state().tasks().size() - 1);
    assertEquals(HumanTask.Status.SUPERSEDED, task.status(), "the open task closed");
    assertThat(wf.timeline())
        .stagesInOrder("check-readiness", "awaiting-patient", "staff-review", "deadline-decision")
        .hasEntry(TimelineKind.NOTE, "deadline-decision:proceed:intake_forms")
        .completed();
    assertMessagesSane(wf);
  }
}
