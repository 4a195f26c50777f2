package io.followthrough.referral;

import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.channels.Channel;
import io.followthrough.channels.InboundKind;
import io.followthrough.channels.InboundMessage;
import io.followthrough.practice.CoverageState;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.sdk.TimelineKind;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowUpdateException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a person takes over: coverage, patient identity, booking, and the referrer update. */
class ReferralStaffTasksTest extends ReferralTestBase {

  @Test
  void inactiveCoverageWaitsForStaffBeforeAnyPatientContact(OutcomeTestEnvironment env) {
    practiceFake.coverage(PATIENT, CoverageState.INACTIVE, "terminated");
    ReferralWorkflow wf = start(env, "coverage", ReferralFixtures.complete());
    env.sleep(Duration.ofHours(2));

    assertEquals("coverage", wf.state().stage());
    HumanTask task = openTask(wf, "coverage-inactive");
    assertEquals("coordinator", task.role());
    assertEquals("terminated", task.context().get("coverageReason"));
    assertEquals(PATIENT, task.context().get("patientRef"));
    assertEquals("doc-coverage", task.context().get("documentId"));
    assertTrue(wf.state().needsHuman());
    assertTrue(channelFake.sent().isEmpty(), "no patient message while coverage is unsettled");
    WorkflowUpdateException wrong =
        assertThrows(
            WorkflowUpdateException.class,
            () -> wf.completeTask(new TaskCompletion(task.id(), "coordinator", "c-1", "pizza")));
    assertTrue(wrong.getCause().getMessage().contains("proceed-self-pay"));

    // Staff updates the coverage but the payer still says inactive: asked again; then self-pay.
    resolve(wf, "coverage-inactive", "coverage-updated");
    env.sleep(Duration.ofMinutes(5));
    assertEquals(2, wf.state().tasks().size());
    resolve(wf, "coverage-inactive", "proceed-self-pay");
    env.sleep(Duration.ofMinutes(5));

    assertEquals("awaiting-patient", wf.state().stage());
    assertEquals(List.of(key("coverage", "awaiting-patient.first-contact.sms", 1)), sentKeys());
    assertEquals(2, practice.count("checkCoverage"), "checked, then checked again once");
    assertThat(wf.timeline())
        .hasEntry(TimelineKind.NOTE, "coverage:inactive:terminated")
        .hasEntry(TimelineKind.NOTE, "coverage:self-pay");
    assertMessagesSane(wf);
  }

  @Test
  void anAmbiguousPatientIsChosenByACoordinator(OutcomeTestEnvironment env) {
    practiceFake.patient("Reyes", "pt-0050");
    ReferralWorkflow wf = start(env, "twins", ReferralFixtures.complete());
    env.sleep(Duration.ofMinutes(5));

    HumanTask task = openTask(wf, "patient-ambiguous");
    assertEquals("ambiguous:2-candidates:name-dob", task.context().get("tried"));
    assertFalse(task.context().containsValue("Ana Reyes"), "no PHI in task context");
    resolve(wf, "patient-ambiguous", "pt-0050");
    env.sleep(Duration.ofMinutes(5));

    assertEquals("pt-0050", wf.referral().patientRef());
    assertEquals("pt-0050", channelFake.sent().get(0).recipientRef());
    assertEquals(0, practice.count("createPatient"));
    assertMessagesSane(wf);
  }

  @Test
  void anUnknownPatientIsRegisteredOnceOrFoundByStaffWhenThePolicySaysSo(
      OutcomeTestEnvironment env) {
    ReferralWorkflow created =
        start(
            env,
            "new",
            ReferralFixtures.with(ReferralFixtures.complete(), "patient_name", "Binh Nguyen"));
    env.sleep(Duration.ofMinutes(5));
    assertEquals("pt-new-1", created.referral().patientRef());
    assertEquals(
        key("new", "match-patient.create", 1), practice.calls("createPatient").get(0).arg(1));

    policy.set(ReferralPolicy.defaults().withCreatePatientAllowed(false));
    ReferralWorkflow notCreated =
        start(
            env,
            "new-2",
            ReferralFixtures.with(ReferralFixtures.complete(), "patient_name", "Lan Tran"));
    env.sleep(Duration.ofMinutes(5));
    assertEquals(
        "no-match:create-not-allowed",
        openTask(notCreated, "patient-not-found").context().get("tried"));
    assertEquals(1, practice.count("createPatient"));
  }

  @Test
  void theOutcomeCompletesOnlyAfterTheReferrerUpdateIsAccepted(OutcomeTestEnvironment env) {
    ReferralWorkflow wf = start(env, "refused", ReferralFixtures.complete());
    env.sleep(Duration.ofHours(1));
    channelFake.refuseFaxes(1);
    wf.inbound(
        new InboundMessage(
            Channel.SMS,
            PATIENT,
            InboundKind.DECLINE,
            "no thanks, I went elsewhere",
            "msg-1",
            null,
            env.now()));
    env.sleep(Duration.ofMinutes(5));

    // The fax number was refused: a coordinator must act; the outcome is still open.
    assertEquals("close-loop", wf.state().stage());
    assertFalse(wf.state().completed());
    assertEquals("declined", wf.referral().disposition());
    HumanTask task = openTask(wf, "referrer-update-failed");
    assertEquals(REFERRER, task.context().get("referrerRef"));
    assertEquals("fax-1", task.context().get("tried"));
    assertTrue(
        sentKeys().stream().noneMatch(k -> k.contains("close-loop")), "nothing accepted yet");

    // The coordinator fixes the number in the directory and asks for another try.
    resolve(wf, "referrer-update-failed", "retry");
    ReferralResult result = result(wf);
    assertEquals(new ReferralResult("declined", PATIENT, null, true), result);
    assertEquals(
        key("refused", "close-loop.referrer-update.fax", 2), sentKeys().get(sentKeys().size() - 1));
    assertThat(wf.timeline())
        .hasEntry(TimelineKind.NOTE, "wrong-number:fax")
        .hasEntry(TimelineKind.ATTEMPT_FAILED, "ReferrerNotReached")
        .completed();
    assertMessagesSane(wf);
  }

  @Test
  void aDocumentThatIsNotAReferralIsRoutedByACoordinator(OutcomeTestEnvironment env) {
    documentsFake.put(ReferralFixtures.other("doc-lab"));
    ReferralWorkflow wf =
        env.newWorkflow(ReferralWorkflow.class, ReferralWorkflow.workflowId("doc-lab"));
    WorkflowClient.start(wf::run, new ReferralInput("doc-lab", "api", null, null));
    env.sleep(Duration.ofMinutes(5));

    HumanTask task = openTask(wf, "route-document");
    assertEquals("lab_result", task.context().get("typeGuess"));
    resolve(wf, "route-document", "routed");
    assertEquals(new ReferralResult("not-a-referral", null, null, false), result(wf));
    assertTrue(channelFake.sent().isEmpty());
    assertThat(wf.timeline()).stagesInOrder("intake").completed();
  }

  @Test
  void anUnreadableDocumentIsClosedByStaffAndTheSenderIsTold(OutcomeTestEnvironment env) {
    ReferralWorkflow wf =
        env.newWorkflow(ReferralWorkflow.class, ReferralWorkflow.workflowId("doc-gone"));
    WorkflowClient.start(wf::run, new ReferralInput("doc-gone", "api", null, null));
    env.sleep(Duration.ofMinutes(5));

    HumanTask task = openTask(wf, "review-document");
    assertEquals("DocumentNotFound", task.context().get("rejection"));
    resolve(wf, "review-document", "close");
    assertEquals(new ReferralResult("closed-by-staff", null, null, true), result(wf));
    assertEquals(
        List.of("fax-sender:doc-gone"),
        channelFake.sent().stream().map(m -> m.recipientRef()).toList());
  }

  @Test
  void aYesGoesToStaffBookingAndATakenSlotIsReplacedByAnother(OutcomeTestEnvironment env) {
    ReferralWorkflow wf = start(env, "yes", ReferralFixtures.complete());
    env.sleep(Duration.ofHours(1));
    wf.inbound(
        new InboundMessage(
            Channel.SMS, PATIENT, InboundKind.AFFIRMATIVE, "yes", "msg-1", null, env.now()));
    env.sleep(Duration.ofMinutes(5));

    assertEquals("scheduling", wf.state().stage());
    HumanTask book = openTask(wf, "book-appointment");
    assertEquals("slot-1,slot-2,slot-3", book.context().get("suggestion"));
    assertEquals("patient-wants-appointment", book.context().get("tried"));

    // Someone else takes the slot while the coordinator is on the phone.
    practiceFake.takeSlot("slot-1");
    resolve(wf, "book-appointment", "book:slot-1");
    env.sleep(Duration.ofMinutes(5));
    HumanTask again = openTask(wf, "book-appointment");
    assertEquals("slot-taken:slot-1", again.context().get("tried"));
    assertEquals("slot-2,slot-3,slot-4", again.context().get("suggestion"));
    resolve(wf, "book-appointment", "book:slot-2");
    env.sleep(Duration.ofMinutes(5));

    assertEquals("awaiting-visit", wf.state().stage());
    assertEquals("slot-2", practiceFake.appointmentNow(wf.referral().appointmentId()).slotId());
    assertEquals(
        List.of(key("yes", "scheduling.book", 1), key("yes", "scheduling.book", 2)),
        practice.calls("bookAppointment").stream().map(c -> (String) c.arg(2)).toList());
    assertTrue(
        practice.calls("bookAppointment").stream().allMatch(c -> c.attempt() == 1),
        "SlotTaken is not retried");
    assertThat(wf.timeline())
        .hasEntry(TimelineKind.NOTE, "patient-wants-appointment")
        .hasEntry(TimelineKind.NOTE, "booking-failed:SlotTaken");
    assertMessagesSane(wf);
  }

  @Test
  void theSiteGoesWithEveryLedgerEvent(OutcomeTestEnvironment env) {
    ReferralWorkflow wf =
        env.newWorkflow(ReferralWorkflow.class, ReferralWorkflow.workflowId("north"));
    WorkflowClient.start(
        wf::run,
        new ReferralInput(
            "doc-north",
            "test",
            ReferralFixtures.facts("doc-north", ReferralFixtures.complete()),
            "clinic-north"));
    env.sleep(Duration.ofMinutes(5));

    var events = env.ledgerEvents(ReferralWorkflow.workflowId("north"));
    assertFalse(events.isEmpty());
    assertTrue(events.stream().allMatch(e -> "clinic-north".equals(e.site())), events.toString());
  }
}
