package io.followthrough.readiness;

import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.TimelineKind;
import io.followthrough.testkit.OutcomeTestEnvironment;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An orthopedics visit needs a prior authorization; the policy reschedules without one. */
class ReadinessRescheduleTest extends ReadinessTestBase {

  @Override
  FakeReadinessPractice fake(String specialty) {
    return super.fake("orthopedics");
  }

  @Test
  void aMissingAuthorizationAtTheDeadlineCancelsAndTellsThePatient(OutcomeTestEnvironment env) {
    practiceFake.allOnFile().without(ReadinessItems.AUTHORIZATION);
    ReadinessWorkflow wf = start(env);

    env.sleep(Duration.ofHours(1));
    assertEquals(0, channels.count("send"), "the patient cannot get an authorization");

    env.sleep(Duration.between(MONDAY_10_ET, ESCALATE_AT));
    HumanTask task = openTask(wf, "readiness-incomplete");
    assertEquals("authorization", task.context().get("missing"));
    assertEquals("reschedule", task.context().get("deadlineDecision"));
    assertEquals("0", task.context().get("asks"));

    // Nobody answers: the task goes to a supervisor after a day; at the deadline the policy acts.
    env.sleep(Duration.between(ESCALATE_AT, DEADLINE_AT).plusMinutes(5));

    ReadinessResult r = result(wf);
    assertEquals("rescheduled", r.status());
    assertEquals(List.of("authorization"), r.missing());
    assertEquals(
        List.of("readiness-incomplete@" + key("deadline-decision.cancel", 1)),
        practiceFake.cancellations,
        "cancelled once, with the reason code and the step's key");
    assertEquals(
        List.of(key("deadline-decision.reschedule.sms", 1)),
        channelFake.keys(),
        "the patient is told");
    assertEquals("readiness-reschedule-sms", templates().get(0));
    assertTrue(
        wf.state().tasks().stream().anyMatch(t -> t.role().equals("supervisor")),
        wf.state().tasks().toString());
    assertTrue(wf.state().tasks().stream().noneMatch(HumanTask::isOpen));
    assertThat(wf.timeline())
        .hasEntry(TimelineKind.NOTE, "deadline-decision:reschedule:authorization")
        .hasEntry(TimelineKind.NOTE, "appointment-cancelled:readiness-incomplete")
        .completed();
    assertMessagesSane(wf);
  }

  @Test
  void aCoordinatorMayRescheduleBeforeTheDeadline(OutcomeTestEnvironment env) {
    practiceFake.allOnFile().without(ReadinessItems.AUTHORIZATION);
    ReadinessWorkflow wf = start(env);
    env.sleep(Duration.between(MONDAY_10_ET, ESCALATE_AT).plusMinutes(5));

    resolve(wf, "readiness-incomplete", "reschedule");

    assertEquals("rescheduled-by-staff", result(wf).status());
    assertEquals(1, practiceFake.cancellations.size());
    assertEquals(List.of(key("staff-review.reschedule.sms", 1)), channelFake.keys());
  }
}
