package io.followthrough.readiness;

import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.followthrough.channels.Channel;
import io.followthrough.channels.InboundKind;
import io.followthrough.channels.InboundMessage;
import io.followthrough.practice.AppointmentEventType;
import io.followthrough.practice.AppointmentStatus;
import io.followthrough.sdk.TimelineKind;
import io.followthrough.testkit.OutcomeTestEnvironment;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The world moves first: cancellations, arrivals, STOP, a practice system that cannot answer. */
class ReadinessEventsTest extends ReadinessTestBase {

  @Test
  void aCancelledAppointmentEndsTheOutcomeMidway(OutcomeTestEnvironment env) {
    practiceFake.allOnFile().without(ReadinessItems.INTAKE_FORMS);
    ReadinessWorkflow wf = start(env);
    env.sleep(Duration.ofHours(2));
    assertEquals(1, channels.count("send"));

    practiceFake.status(AppointmentStatus.CANCELLED);
    wf.appointment(event(AppointmentEventType.CANCELLED, env.now()));

    assertEquals("appointment-cancelled", result(wf).status());
    env.sleep(Duration.ofDays(2));
    assertEquals(1, channels.count("send"), "no reminder after the cancellation");
    assertEquals(0, practiceFake.cancellations.size(), "not cancelled by us");
    assertThat(wf.timeline()).hasEntry(TimelineKind.EVIDENCE, "appointment:cancelled").completed();
  }

  @Test
  void anotherAppointmentsEventIsIgnoredAndArrivalEndsIt(OutcomeTestEnvironment env) {
    practiceFake.allOnFile().without(ReadinessItems.INTAKE_FORMS);
    ReadinessWorkflow wf = start(env);
    env.sleep(Duration.ofMinutes(5));
    wf.appointment(
        new io.followthrough.practice.AppointmentEvent(
            AppointmentEventType.CANCELLED, "appt-other", PATIENT, "slot-9", null, env.now()));
    env.sleep(Duration.ofMinutes(5));
    assertEquals(null, wf.readiness().status(), "still running");

    wf.appointment(event(AppointmentEventType.ARRIVED, env.now()));
    assertEquals("arrived", result(wf).status());
  }

  @Test
  void stopOnSmsMovesTheReminderToEmail(OutcomeTestEnvironment env) {
    practiceFake.allOnFile().without(ReadinessItems.PHOTO_ID);
    ReadinessWorkflow wf = start(env);
    env.sleep(Duration.ofMinutes(5));
    wf.inbound(
        new InboundMessage(Channel.SMS, PATIENT, InboundKind.STOP, "STOP", "msg-1", null, null));
    env.sleep(Duration.ofHours(25));

    assertEquals(
        List.of(key("awaiting-patient.ask.sms", 1), key("awaiting-patient.ask.email", 2)),
        channelFake.keys());
    assertEquals(List.of("SMS"), wf.readiness().blockedChannels());
    assertMessagesSane(wf);
  }

  @Test
  void aPracticeSystemThatCannotAnswerGoesToACoordinator(OutcomeTestEnvironment env) {
    practiceFake.allOnFile().failReadiness(1);
    ReadinessWorkflow wf = start(env);
    env.sleep(Duration.ofMinutes(5));

    openTask(wf, "readiness-check-failed");
    resolve(wf, "readiness-check-failed", "items-received");

    assertEquals("ready", result(wf).status());
    assertEquals(2, readiness.count("readiness"));
    assertEquals(0, channels.count("send"));
  }
}
