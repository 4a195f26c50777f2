package io.followthrough.referral;

import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.drafting.TriageRequest;
import io.followthrough.ledger.HumanTaskRef;
import io.followthrough.ledger.LedgerEventType;
import io.followthrough.practice.AppointmentEventType;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.TimelineKind;
import io.followthrough.testkit.OutcomeTestEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Urgent referrals: a staff call at once, beside a faster ladder. */
class ReferralUrgentTest extends ReferralTestBase {

  @Test
  void anUrgentReferralGoesToStaffAtOnceAndClimbsFaster(OutcomeTestEnvironment env) {
    ReferralWorkflow wf =
        start(
            env,
            "urgent",
            ReferralFixtures.with(ReferralFixtures.complete(), "reason", "chest pain on exertion"));
    env.sleep(Duration.ofMinutes(5));

    assertEquals("URGENT", wf.referral().urgency());
    HumanTask call = openTask(wf, "urgent-referral");
    assertEquals("coordinator", call.role());
    assertEquals("triage-1", call.id(), "opened at triage, before any message");
    assertEquals("URGENT", call.context().get("urgency"));
    HumanTaskRef queued =
        env.ledgerEvents(ReferralWorkflow.workflowId("urgent")).stream()
            .filter(e -> e.type() == LedgerEventType.HUMAN_TASK_OPENED)
            .findFirst()
            .orElseThrow()
            .task();
    assertEquals(1, queued.priority(), "urgent referrals head the work queue");
    assertEquals("document:doc-urgent", queued.contextRef());
    assertEquals(1, channelFake.sentTo(PATIENT).size(), "the SMS goes out beside the call task");
    assertThat(wf.timeline())
        .hasEntry(TimelineKind.NOTE, "ai:triage:URGENT:red-flag-reason:local/fake-rules/triage@1");

    // Nobody takes the call task for 2 h: a supervisor gets it. The SMS reminder comes after 4 h.
    env.sleep(Duration.ofHours(4).plusMinutes(5));
    HumanTask escalated = openTask(wf, "urgent-referral");
    assertEquals("supervisor", escalated.role());
    assertEquals(
        List.of(
            key("urgent", "awaiting-patient.first-contact.sms", 1),
            key("urgent", "awaiting-patient.sms-reminder.sms", 1)),
        sentKeys());
    assertAbout(MONDAY_10_ET.plus(Duration.ofHours(4)), channels.calls("send").get(1));

    // The supervisor reaches the patient and books the urgent slot.
    resolve(wf, "urgent-referral", "book:slot-1");
    env.sleep(Duration.ofMinutes(5));
    assertEquals("awaiting-visit", wf.state().stage());
    assertTrue(wf.state().tasks().stream().noneMatch(HumanTask::isOpen));
    TriageRequest asked = drafting.calls("triage").get(0).arg(0);
    assertEquals(
        "routine", asked.facts().get("urgency"), "the form said routine; the model did not");

    env.sleep(Duration.between(env.now(), Instant.parse("2026-03-05T15:00:00Z")));
    wf.appointment(practiceFake.mark("appt-1", AppointmentEventType.CHECKED_OUT, env.now()));
    assertEquals(new ReferralResult("seen", PATIENT, "appt-1", true), result(wf));
    assertThat(wf.timeline()).escalatedThrough("task:supervisor").completed();
    assertMessagesSane(wf);
  }

  @Test
  void aFormMarkedUrgentStaysUrgentWhateverTheModelSays(OutcomeTestEnvironment env) {
    ReferralWorkflow wf =
        start(
            env, "marked", ReferralFixtures.with(ReferralFixtures.complete(), "urgency", "urgent"));
    env.sleep(Duration.ofMinutes(5));
    assertEquals("URGENT", wf.referral().urgency());
    assertThat(wf.timeline())
        .hasEntry(TimelineKind.NOTE, "ai:triage:ROUTINE:routine-default:local/fake-rules/triage@1")
        .hasEntry(TimelineKind.NOTE, "urgent-as-marked");
    openTask(wf, "urgent-referral");
    assertMessagesSane(wf);
  }
}
