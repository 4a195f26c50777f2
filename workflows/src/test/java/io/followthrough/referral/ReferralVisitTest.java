package io.followthrough.referral;

import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.drafting.DraftRequest;
import io.followthrough.practice.AppointmentEventType;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.TimelineEntry;
import io.followthrough.sdk.TimelineKind;
import io.followthrough.testkit.OutcomeTestEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stages awaiting-visit and confirm-visit: no-shows, polls and the limit. */
class ReferralVisitTest extends ReferralTestBase {

  @Test
  void aNoShowStartsANewOutreachRoundAndTheRebookedVisitIsKept(OutcomeTestEnvironment env) {
    ReferralWorkflow wf = start(env, "no-show", ReferralFixtures.complete());
    env.sleep(Duration.ofHours(1));
    wf.appointment(practiceFake.selfBook(PATIENT, "slot-1", env.now()));

    // Thursday's visit: the patient does not come.
    env.sleep(Duration.between(env.now(), Instant.parse("2026-03-05T15:00:00Z")));
    wf.appointment(practiceFake.mark("appt-1", AppointmentEventType.NO_SHOW, env.now()));
    env.sleep(Duration.ofMinutes(5));

    ReferralView view = wf.referral();
    assertEquals(1, view.noShows());
    assertEquals(2, view.outreachRound());
    assertEquals("awaiting-patient", wf.state().stage());
    assertEquals(key("no-show", "awaiting-patient.first-contact.sms", 2), lastKey());

    // The patient books again for the 20th and keeps it.
    wf.appointment(practiceFake.selfBook(PATIENT, "slot-4", env.now()));
    env.sleep(Duration.between(env.now(), Instant.parse("2026-03-20T15:00:00Z")));
    wf.appointment(practiceFake.mark("appt-2", AppointmentEventType.ARRIVED, env.now()));
    wf.appointment(practiceFake.mark("appt-2", AppointmentEventType.CHECKED_OUT, env.now()));

    assertEquals(new ReferralResult("seen", PATIENT, "appt-2", true), result(wf));
    assertEquals(
        List.of(
            key("no-show", "awaiting-patient.first-contact.sms", 1),
            key("no-show", "awaiting-visit.referrer-scheduled-appt-1.fax", 1),
            key("no-show", "awaiting-visit.reminder-appt-1.sms", 1),
            key("no-show", "awaiting-patient.first-contact.sms", 2),
            key("no-show", "awaiting-visit.referrer-scheduled-appt-2.fax", 1),
            key("no-show", "awaiting-visit.reminder-appt-2.sms", 1),
            key("no-show", "close-loop.referrer-update.fax", 1)),
        sentKeys());
    assertEquals(sentKeys(), wf.referral().messagesSent());
    assertThat(wf.timeline())
        .hasEntry(TimelineKind.NOTE, "no-show-1")
        .stagesInOrder(
            "intake",
            "triage",
            "match-patient",
            "coverage",
            "awaiting-patient",
            "awaiting-visit",
            "confirm-visit",
            "awaiting-patient",
            "awaiting-visit",
            "confirm-visit",
            "close-loop");
    assertMessagesSane(wf);
  }

  @Test
  void aLongHistoryContinuesAsNewBetweenRoundsAndCarriesEverything(OutcomeTestEnvironment env) {
    policy.set(ReferralPolicy.defaults().withHistoryMaxEvents(60));
    ReferralWorkflow first = start(env, "long", ReferralFixtures.complete());
    String id = ReferralWorkflow.workflowId("long");
    String firstRun = env.client().newUntypedWorkflowStub(id).describe().getExecution().getRunId();
    env.sleep(Duration.ofHours(1));
    first.appointment(practiceFake.selfBook(PATIENT, "slot-1", env.now()));
    env.sleep(Duration.between(env.now(), Instant.parse("2026-03-05T15:00:00Z")));
    first.appointment(practiceFake.mark("appt-1", AppointmentEventType.NO_SHOW, env.now()));
    env.sleep(Duration.ofMinutes(5));

    // The second round runs in a fresh run that carries the first one's state.
    ReferralWorkflow wf = env.existingWorkflow(ReferralWorkflow.class, id);
    String secondRun = env.client().newUntypedWorkflowStub(id).describe().getExecution().getRunId();
    assertNotEquals(firstRun, secondRun);
    assertEquals("awaiting-patient", wf.state().stage());
    ReferralView view = wf.referral();
    assertEquals(1, view.noShows());
    assertEquals(2, view.outreachRound());
    assertEquals(PATIENT, view.patientRef());
    assertEquals(List.of("doc-long"), view.documentIds());
    assertEquals(sentKeys(), view.messagesSent(), "keys of both runs, in order");
    List<TimelineEntry> handOvers =
        wf.timeline().stream().filter(e -> e.kind() == TimelineKind.CONTINUED_AS_NEW).toList();
    assertEquals(1, handOvers.size());
    assertTrue(handOvers.get(0).code().startsWith("history-"), handOvers.get(0).code());
    assertThat(wf.timeline())
        .hasEntry(TimelineKind.NOTE, "no-show-1")
        .hasEntry(TimelineKind.NOTE, "patient-matched:name-dob");

    wf.appointment(practiceFake.selfBook(PATIENT, "slot-4", env.now()));
    env.sleep(Duration.between(env.now(), Instant.parse("2026-03-20T15:00:00Z")));
    wf.appointment(practiceFake.mark("appt-2", AppointmentEventType.CHECKED_OUT, env.now()));
    assertEquals(new ReferralResult("seen", PATIENT, "appt-2", true), result(wf));
    assertEquals(key("long", "awaiting-patient.first-contact.sms", 2), sentKeys().get(3));
    assertMessagesSane(wf);
  }

  @Test
  void twoNoShowsEndTheReferralUnreachable(OutcomeTestEnvironment env) {
    ReferralWorkflow wf = start(env, "twice", ReferralFixtures.complete());
    env.sleep(Duration.ofHours(1));
    wf.appointment(practiceFake.selfBook(PATIENT, "slot-1", env.now()));
    env.sleep(Duration.between(env.now(), Instant.parse("2026-03-05T15:00:00Z")));
    wf.appointment(practiceFake.mark("appt-1", AppointmentEventType.NO_SHOW, env.now()));
    env.sleep(Duration.ofHours(1));
    wf.appointment(practiceFake.selfBook(PATIENT, "slot-3", env.now()));
    env.sleep(Duration.between(env.now(), Instant.parse("2026-03-10T15:00:00Z")));
    wf.appointment(practiceFake.mark("appt-2", AppointmentEventType.NO_SHOW, env.now()));

    ReferralResult result = result(wf);
    assertEquals("unreachable", result.disposition());
    assertEquals(2, wf.referral().noShows());
    DraftRequest update = drafting.calls("draft").get(drafting.count("draft") - 1).arg(0);
    assertEquals("unreachable", update.facts().get("status"));
    assertThat(wf.timeline()).hasEntry(TimelineKind.NOTE, "no-show-2").completed();
    assertMessagesSane(wf);
  }

  @Test
  void aSilentPracticeSystemIsPolledThenACoordinatorConfirms(OutcomeTestEnvironment env) {
    ReferralWorkflow wf = start(env, "silent-ehr", ReferralFixtures.complete());
    env.sleep(Duration.ofHours(1));
    wf.appointment(practiceFake.selfBook(PATIENT, "slot-1", env.now()));
    // The visit happens, but no event ever arrives; the EHR only ever says ARRIVED.
    env.sleep(Duration.between(env.now(), Instant.parse("2026-03-05T14:30:00Z")));
    practiceFake.mark("appt-1", AppointmentEventType.ARRIVED, env.now());
    env.sleep(Duration.ofDays(2));

    HumanTask confirm = openTask(wf, "confirm-visit");
    assertEquals("appt-1", confirm.context().get("appointmentId"));
    assertEquals("ARRIVED", confirm.context().get("lastStatus"));
    assertEquals(12, practice.count("appointmentStatus"), "polled every 4 h for 2 days");
    resolve(wf, "confirm-visit", "kept");
    assertEquals("seen", result(wf).disposition());
    assertThat(wf.timeline()).hasEntry(TimelineKind.NOTE, "visit-kept-by-staff").completed();
    assertMessagesSane(wf);
  }

  private String lastKey() {
    List<String> keys = sentKeys();
    return keys.get(keys.size() - 1);
  }
}
