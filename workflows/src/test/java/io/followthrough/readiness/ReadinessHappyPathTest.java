package io.followthrough.readiness;

import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.channels.Channel;
import io.followthrough.channels.InboundKind;
import io.followthrough.channels.InboundMessage;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.sdk.TimelineKind;
import io.followthrough.testkit.OutcomeTestEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadinessHappyPathTest extends ReadinessTestBase {

  @Test
  void everythingOnFileCompletesAtOnceWithoutMessages(OutcomeTestEnvironment env) {
    practiceFake.allOnFile();
    ReadinessWorkflow wf = start(env);

    ReadinessResult r = result(wf);
    assertEquals("ready", r.status());
    assertEquals(List.of(), r.missing());
    assertEquals(0, channels.count("send"), "nobody was messaged");
    assertEquals(1, readiness.count("readiness"));
    assertEquals(1, practice.count("checkCoverage"), "eligibility verified for the visit");
    assertThat(wf.timeline())
        .reachedStage("check-readiness")
        .neverReachedStage("awaiting-patient")
        .neverEscalated()
        .completed();
    assertEquals(
        List.of("intake_forms", "insurance_card", "insurance_verified", "photo_id", "referral"),
        wf.readiness().required(),
        "a cardiology visit needs a referral");
  }

  @Test
  void missingFormsAreAskedForRemindedAndCompleted(OutcomeTestEnvironment env) {
    practiceFake.allOnFile().without(ReadinessItems.INTAKE_FORMS);
    ReadinessWorkflow wf = start(env);

    env.sleep(Duration.ofMinutes(5));
    assertEquals(List.of(key("awaiting-patient.ask.sms", 1)), channelFake.keys());
    OutboundMessage first = channelFake.sent().get(0);
    assertEquals(PATIENT, first.recipientRef());
    assertEquals("readiness-request-sms", first.templateId());
    assertEquals("intake_forms", first.variables().get("missing"), "only what is missing");
    assertEquals("2026-03-09T10:00", first.variables().get("appointment_at"), "patient's time");
    assertTrue(first.variables().get("link").endsWith(APPOINTMENT), first.variables().toString());

    // Silent for a day: the SMS reminder.
    env.sleep(Duration.ofHours(24));
    assertEquals(
        List.of(key("awaiting-patient.ask.sms", 1), key("awaiting-patient.ask.sms", 2)),
        channelFake.keys());
    assertEquals("readiness-reminder-sms", channelFake.sent().get(1).templateId());
    assertAbout(MONDAY_10_ET.plus(Duration.ofDays(1)), channels.calls("send").get(1).atMillis());

    // The patient fills in the forms; the form page tells the workflow.
    practiceFake.onFile(ReadinessItems.INTAKE_FORMS);
    wf.itemsChanged(ReadinessItems.INTAKE_FORMS);

    ReadinessResult r = result(wf);
    assertEquals("ready", r.status());
    assertEquals(2, channels.count("send"), "no further reminder");
    assertEquals(2, wf.readiness().asks());
    assertMessagesSane(wf);
    assertThat(wf.timeline())
        .stagesInOrder("check-readiness", "awaiting-patient")
        .hasEntry(TimelineKind.EVIDENCE, "items-changed:intake_forms")
        .neverEscalated()
        .completed();
    record(env, WORKFLOW_ID, "readiness-reminded-v1.json");
  }

  @Test
  void theRecheckTimerFindsItemsCompletedWithoutAnySignal(OutcomeTestEnvironment env) {
    practiceFake.allOnFile().without(ReadinessItems.PHOTO_ID);
    ReadinessWorkflow wf = start(env);
    env.sleep(Duration.ofMinutes(5));
    assertEquals(1, channelFake.keys().size());

    practiceFake.onFile(ReadinessItems.PHOTO_ID); // uploaded at the front desk, say
    env.sleep(Duration.ofHours(7));

    assertEquals("ready", result(wf).status());
    assertEquals(1, channels.count("send"));
    assertTrue(wf.readiness().checks() >= 2, "found by the re-check: " + wf.readiness());
    Instant secondCheck = Instant.ofEpochMilli(readiness.calls("readiness").get(1).atMillis());
    assertFalse(
        secondCheck.isBefore(MONDAY_10_ET.plus(Duration.ofHours(6))),
        "re-checked on the policy's 6-hour timer: " + secondCheck);
  }

  @Test
  void aReplyFromThePatientTriggersARecheck(OutcomeTestEnvironment env) {
    practiceFake.allOnFile().without(ReadinessItems.INSURANCE_CARD);
    ReadinessWorkflow wf = start(env);
    env.sleep(Duration.ofMinutes(5));
    assertEquals(1, channelFake.keys().size());

    practiceFake.onFile(ReadinessItems.INSURANCE_CARD);
    wf.inbound(
        new InboundMessage(
            Channel.SMS,
            PATIENT,
            InboundKind.REPLY,
            "done, uploaded it",
            "msg-1",
            null,
            env.now()));

    assertEquals("ready", result(wf).status());
    assertEquals(1, channels.count("send"));
    assertThat(wf.timeline()).hasEntry(TimelineKind.EVIDENCE, "inbound:reply:sms").completed();
  }
}
