package io.followthrough.referral;

import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.channels.Channel;
import io.followthrough.channels.InboundKind;
import io.followthrough.channels.InboundMessage;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.drafting.DraftRequest;
import io.followthrough.practice.AppointmentEventType;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.TimelineKind;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.followthrough.testkit.RecordedCall;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The patient outreach ladder: silence all the way up, opt-outs, and a decline. */
class ReferralOutreachTest extends ReferralTestBase {

  @Test
  void aSilentPatientClimbsTheWholeLadderUntilASupervisorBooks(OutcomeTestEnvironment env) {
    ReferralWorkflow wf = start(env, "silent", ReferralFixtures.complete());

    // Nine and a half days of silence: SMS, SMS reminder, email, voice call, letter + staff call.
    env.sleep(Duration.ofDays(9).plusHours(12));
    List<RecordedCall> sends = channels.calls("send");
    assertEquals(
        List.of(
            key("silent", "awaiting-patient.first-contact.sms", 1),
            key("silent", "awaiting-patient.sms-reminder.sms", 1),
            key("silent", "awaiting-patient.email-reminder.email", 1),
            key("silent", "awaiting-patient.voice-call.voice", 1),
            key("silent", "awaiting-patient.letter-and-staff-call.letter", 1)),
        sentKeys());
    // Each rung waited its turn: 2, 2, 2 and 3 days after the one before.
    assertAbout(MONDAY_10_ET, sends.get(0));
    assertAbout(MONDAY_10_ET.plus(Duration.ofDays(2)), sends.get(1));
    assertAbout(MONDAY_10_ET.plus(Duration.ofDays(4)), sends.get(2));
    assertAbout(MONDAY_10_ET.plus(Duration.ofDays(6)), sends.get(3));
    assertAbout(MONDAY_10_ET.plus(Duration.ofDays(9)), sends.get(4));
    assertEquals(
        List.of(
            "referral-outreach-sms",
            "referral-reminder-sms",
            "referral-reminder-email",
            "referral-reminder-voice",
            "referral-outreach-letter"),
        templatesTo(PATIENT),
        "the letter carries the full invitation");
    HumanTask call = openTask(wf, "staff-call");
    assertEquals("coordinator", call.role());
    assertEquals(PATIENT, call.context().get("patientRef"));
    assertEquals(
        "first-contact,sms-reminder,email-reminder,voice-call,letter-and-staff-call",
        call.context().get("tried"));
    assertEquals(4, wf.state().escalationLevel());

    // The staff call reaches nobody: the ladder goes on to the supervisor five days after the
    // letter.
    resolve(wf, "staff-call", "called");
    env.sleep(Duration.ofDays(5));
    HumanTask supervisor = openTask(wf, "patient-unreachable");
    assertEquals("supervisor", supervisor.role());
    assertEquals("supervisor", wf.state().owner());
    assertEquals(5, sentKeys().size(), "the supervisor rung sends nothing");

    // The supervisor reaches the patient and books a slot.
    resolve(wf, "patient-unreachable", "book:slot-5");
    env.sleep(Duration.ofMinutes(5));
    assertEquals("awaiting-visit", wf.state().stage());
    assertEquals("appt-1", wf.referral().appointmentId());
    assertEquals("slot-5", practiceFake.appointmentNow("appt-1").slotId());

    env.sleep(Duration.between(env.now(), Instant.parse("2026-03-24T19:00:00Z")));
    wf.appointment(practiceFake.mark("appt-1", AppointmentEventType.CHECKED_OUT, env.now()));
    assertEquals(new ReferralResult("seen", PATIENT, "appt-1", true), result(wf));
    assertThat(wf.timeline())
        .escalatedThrough("sms-reminder")
        .escalatedThrough("letter-and-staff-call")
        .escalatedThrough("supervisor-review")
        .hasEntry(TimelineKind.NOTE, "booked:appt-1")
        .stagesInOrder(
            "intake",
            "triage",
            "match-patient",
            "coverage",
            "awaiting-patient",
            "scheduling",
            "awaiting-visit",
            "confirm-visit",
            "close-loop")
        .completed();
    assertMessagesSane(wf);
  }

  @Test
  void stopAndOptOutsMoveTheLadderToOtherChannelsAndADeclineTellsTheReferrer(
      OutcomeTestEnvironment env) {
    channelFake.optOut(PATIENT, Channel.EMAIL);
    ReferralWorkflow wf = start(env, "stop", ReferralFixtures.complete());
    env.sleep(Duration.ofHours(1));
    String firstSms = channelFake.messageId(key("stop", "awaiting-patient.first-contact.sms", 1));
    wf.inbound(
        new InboundMessage(
            Channel.SMS, PATIENT, InboundKind.STOP, "STOP", firstSms, null, env.now()));

    env.sleep(Duration.ofDays(4).plusHours(1));
    // SMS is out (STOP), email is opted out at the channel: both reminders went by voice.
    assertEquals(
        List.of(Channel.SMS, Channel.VOICE, Channel.VOICE),
        channelFake.sentTo(PATIENT).stream().map(OutboundMessage::channel).toList());
    assertEquals(
        List.of(
            key("stop", "awaiting-patient.first-contact.sms", 1),
            key("stop", "awaiting-patient.sms-reminder.voice", 1),
            key("stop", "awaiting-patient.email-reminder.voice", 1)),
        wf.referral().messagesSent());
    assertEquals(List.of("SMS", "EMAIL"), wf.referral().blockedChannels());
    assertThat(wf.timeline())
        .hasEntry(TimelineKind.NOTE, "opted-out:sms")
        .hasEntry(TimelineKind.NOTE, "opted-out:email");

    // The patient answers the voice call's callback line: they went elsewhere.
    wf.inbound(
        new InboundMessage(
            Channel.VOICE,
            PATIENT,
            InboundKind.REPLY,
            "I went elsewhere, thanks",
            null,
            null,
            env.now()));
    assertEquals(new ReferralResult("declined", PATIENT, null, true), result(wf));
    assertThat(wf.timeline())
        .hasEntry(TimelineKind.NOTE, "ai:reply:DECLINES:0.93:local/fake-rules/reply@1")
        .completed();
    DraftRequest update = drafting.calls("draft").get(drafting.count("draft") - 1).arg(0);
    assertEquals("referral-close-loop", update.purpose());
    assertEquals("declined", update.facts().get("status"));
    assertEquals("went-elsewhere", update.facts().get("decline_reason"));
    assertEquals(REFERRER, channelFake.sent().get(channelFake.sent().size() - 1).recipientRef());
    assertFalse(
        channelFake.sentTo(PATIENT).stream().anyMatch(m -> m.templateId().contains("close-loop")));
    assertMessagesSane(wf);
  }

  @Test
  void anUnclearReplyGoesToACoordinatorAndTheLadderResumesWhereItStopped(
      OutcomeTestEnvironment env) {
    ReferralWorkflow wf = start(env, "unclear", ReferralFixtures.complete());
    env.sleep(Duration.ofDays(1));
    wf.inbound(
        new InboundMessage(
            Channel.SMS, PATIENT, InboundKind.REPLY, "who is this?", "msg-1", null, env.now()));
    env.sleep(Duration.ofMinutes(5));
    HumanTask read = openTask(wf, "read-patient-reply");
    assertEquals("needs-person", read.context().get("suggestion"));
    assertEquals("SMS", read.context().get("channel"));
    assertThat(wf.timeline())
        .hasEntry(TimelineKind.NOTE, "ai:reply:NEEDS_PERSON:0.40:local/fake-rules/reply@1");

    Instant resumed = env.now(); // the Update lands a moment after this
    resolve(wf, "read-patient-reply", "continue");
    env.sleep(Duration.ofDays(2).plusHours(1));
    // No second first contact; the SMS reminder came two days after the ladder resumed.
    assertEquals(
        List.of(
            key("unclear", "awaiting-patient.first-contact.sms", 1),
            key("unclear", "awaiting-patient.sms-reminder.sms", 1)),
        sentKeys());
    assertAbout(resumed.plus(Duration.ofDays(2)), channels.calls("send").get(1));
    assertTrue(wf.state().tasks().stream().noneMatch(HumanTask::isOpen));
    assertMessagesSane(wf);
  }
}
