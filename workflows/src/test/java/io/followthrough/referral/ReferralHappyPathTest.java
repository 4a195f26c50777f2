package io.followthrough.referral;

import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.channels.Channel;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.practice.AppointmentEventType;
import io.followthrough.sdk.OutcomeSearchAttributes;
import io.followthrough.sdk.TimelineEntry;
import io.followthrough.sdk.TimelineKind;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.followthrough.testkit.RecordedCall;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferralHappyPathTest extends ReferralTestBase {

  @Test
  void selfBookedVisitIsKeptAndTheReferrerIsTold(OutcomeTestEnvironment env) {
    ReferralWorkflow wf = start(env, "happy", ReferralFixtures.complete());
    env.sleep(Duration.ofMinutes(30));

    assertEquals("awaiting-patient", wf.state().stage());
    String id = ReferralWorkflow.workflowId("happy");
    assertEquals(
        "awaiting-patient", env.searchAttributes(id).get(OutcomeSearchAttributes.OUTCOME_STAGE));
    ReferralView view = wf.referral();
    assertEquals(PATIENT, view.patientRef());
    assertEquals("cardiology", view.specialty());
    assertEquals("ROUTINE", view.urgency());
    assertEquals(REFERRER, view.referrerRef());
    assertEquals(
        List.of(key("happy", "awaiting-patient.first-contact.sms", 1)), view.messagesSent());
    OutboundMessage first = channelFake.sent().get(0);
    assertEquals(Channel.SMS, first.channel());
    assertEquals(PATIENT, first.recipientRef());
    assertEquals("referral-outreach-sms", first.templateId());
    assertEquals("en", first.language());

    // The patient books through the link a few hours later; the webhook signals the booking.
    env.sleep(Duration.ofHours(3));
    wf.appointment(practiceFake.selfBook(PATIENT, "slot-1", env.now()));
    env.sleep(Duration.ofMinutes(5));
    assertEquals("awaiting-visit", wf.state().stage());
    assertEquals("appt-1", wf.referral().appointmentId());

    // Thursday 09:00 New York: the visit; the practice reports arrival and check-out.
    env.sleep(Duration.between(env.now(), Instant.parse("2026-03-05T14:10:00Z")));
    wf.appointment(practiceFake.mark("appt-1", AppointmentEventType.ARRIVED, env.now()));
    env.sleep(Duration.ofMinutes(50));
    wf.appointment(practiceFake.mark("appt-1", AppointmentEventType.CHECKED_OUT, env.now()));

    ReferralResult result = result(wf);
    assertEquals(new ReferralResult("seen", PATIENT, "appt-1", true), result);
    assertEquals(
        List.of(
            key("happy", "awaiting-patient.first-contact.sms", 1),
            key("happy", "awaiting-visit.referrer-scheduled-appt-1.fax", 1),
            key("happy", "awaiting-visit.reminder-appt-1.sms", 1),
            key("happy", "close-loop.referrer-update.fax", 1)),
        sentKeys());
    assertEquals(sentKeys(), wf.referral().messagesSent());
    assertEquals(
        List.of("referral-close-loop-fax", "referral-close-loop-fax"), templatesTo(REFERRER));
    assertEquals(
        List.of("referral-outreach-sms", "appointment-reminder-sms"), templatesTo(PATIENT));
    assertMessagesSane(wf);

    // The reminder went out a day before the visit, not in quiet hours.
    RecordedCall reminder = channels.calls("send").get(2);
    assertAbout(Instant.parse("2026-03-04T14:00:00Z"), reminder);

    assertThat(wf.timeline())
        .stagesInOrder(
            "intake",
            "triage",
            "match-patient",
            "coverage",
            "awaiting-patient",
            "awaiting-visit",
            "confirm-visit",
            "close-loop")
        .neverReachedStage("awaiting-information")
        .neverReachedStage("scheduling")
        .neverEscalated()
        .hasEntry(TimelineKind.NOTE, "ai:triage:ROUTINE:routine-default:local/fake-rules/triage@1")
        .hasEntry(
            TimelineKind.NOTE,
            "ai:draft:referral-outreach:local/fake-templates/referral-outreach@1")
        .hasEntry(
            TimelineKind.NOTE,
            "ai:draft:referral-close-loop:local/fake-templates/referral-close-loop@1")
        .hasEntry(TimelineKind.NOTE, "patient-matched:name-dob")
        .hasEntry(TimelineKind.EVIDENCE, "appointment:checked_out")
        .completed();
    assertTrue(wf.state().tasks().isEmpty(), "nobody was needed");
    assertEquals("completed", env.searchAttributes(id).get(OutcomeSearchAttributes.OUTCOME_STAGE));
    // The close-loop fax is the last thing the workflow did before completing.
    List<TimelineEntry> timeline = wf.timeline();
    assertEquals("seen", timeline.get(timeline.size() - 1).code());
    record(env, id, "referral-seen-v1.json");
  }

  @Test
  void aReferralArrivingAtNightWaitsForMorningBeforeTexting(OutcomeTestEnvironment env) {
    // 02:00 in New York.
    env.sleep(Duration.between(env.now(), Instant.parse("2026-03-03T07:00:00Z")));
    ReferralWorkflow wf = start(env, "night", ReferralFixtures.complete());
    env.sleep(Duration.ofHours(1));
    assertTrue(channelFake.sent().isEmpty(), "nothing sent at 03:00");
    assertThat(wf.timeline()).hasEntry(TimelineKind.DEFERRED, "quiet-hours");

    env.sleep(Duration.ofHours(6));
    List<RecordedCall> sends = channels.calls("send");
    assertEquals(1, sends.size());
    assertAbout(Instant.parse("2026-03-03T13:00:00Z"), sends.get(0));
    assertMessagesSane(wf);
    assertFalse(wf.state().completed());
  }
}
