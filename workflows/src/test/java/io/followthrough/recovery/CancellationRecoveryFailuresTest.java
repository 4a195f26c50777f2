package io.followthrough.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.channels.Channel;
import io.followthrough.channels.InboundKind;
import io.followthrough.sdk.HumanTask;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.followthrough.testkit.RecordedCall;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Timeouts and refusals: silent waves, a slot booked by staff, declines, a silent patient. */
class CancellationRecoveryFailuresTest extends RecoveryTestBase {

  @Test
  void silentFirstWaveThenTheSecondWaveAccepts(OutcomeTestEnvironment env) {
    CancellationRecoveryWorkflow wf = start(env, null, "patient-request");
    await("wave 1 offered", () -> wf.recovery().offers().size() == 3);
    wf.inbound(reply(PATIENT, InboundKind.DECLINE, "no thanks, I went elsewhere"));

    env.sleep(Duration.ofMinutes(31));
    await("wave 2 offered", () -> wf.recovery().offers().size() == 5);
    assertEquals(2, wf.recovery().wave());
    List<RecordedCall> offers =
        channels.calls("send").stream()
            .filter(
                c ->
                    c.<io.followthrough.channels.OutboundMessage>arg(0)
                        .templateId()
                        .startsWith("waitlist-offer"))
            .toList();
    assertEquals(5, offers.size());
    long waveGap = offers.get(3).atMillis() - offers.get(0).atMillis();
    assertTrue(
        waveGap >= Duration.ofMinutes(30).toMillis(), "wave 2 after the wave wait: " + waveGap);

    wf.inbound(reply("pt-0104", InboundKind.AFFIRMATIVE, "YES"));
    CancellationRecoveryResult r = result(wf);
    assertEquals("refilled", r.slot());
    assertEquals("pt-0104", practiceFake.bookings().get(0).patientRef());
    for (String silent : List.of("pt-0101", "pt-0102", "pt-0103", "pt-0105")) {
      assertEquals(
          List.of("waitlist-offer-sms", "waitlist-slot-taken-sms"),
          channelFake.templatesTo(silent),
          silent);
    }
    // The patient declined with a reason: recorded as a code, never contacted again.
    assertEquals("declined", r.patient());
    assertEquals("went-elsewhere", r.declineReason());
    assertEquals(List.of("rebook-offer-sms"), channelFake.templatesTo(PATIENT));
    assertMessagesSane(wf);
  }

  @Test
  void slotBookedByStaffMeanwhileNobodyIsDoubleBooked(OutcomeTestEnvironment env) {
    CancellationRecoveryWorkflow wf = start(env, null, "patient-request");
    await("wave 1 offered", () -> wf.recovery().offers().size() == 3);
    practiceFake.takeByStaff(FREED);
    wf.inbound(reply("pt-0103", InboundKind.AFFIRMATIVE, "yes"));
    await("slot resolved", () -> wf.recovery().slot() != null);
    assertEquals("taken-elsewhere", wf.recovery().slot());
    await(
        "everyone told",
        () ->
            List.of("pt-0101", "pt-0102", "pt-0103").stream()
                .allMatch(p -> channelFake.templatesTo(p).size() == 2));
    assertTrue(wf.recovery().offers().values().stream().allMatch("told-taken"::equals));
    assertEquals(List.of(), practiceFake.bookings(), "no booking of a taken slot");
    for (String offered : List.of("pt-0101", "pt-0102", "pt-0103")) {
      assertEquals(
          List.of("waitlist-offer-sms", "waitlist-slot-taken-sms"),
          channelFake.templatesTo(offered));
    }
    // The patient answers something a person must read; the coordinator closes it.
    wf.inbound(reply(PATIENT, InboundKind.REPLY, "can I call you?"));
    await("a coordinator reads it", () -> wf.state().tasks().stream().anyMatch(HumanTask::isOpen));
    HumanTask task = openTask(wf, "read-patient-reply");
    assertEquals("coordinator", task.role());
    assertEquals(APPOINTMENT, task.context().get("appointmentId"));
    assertEquals(PATIENT, task.context().get("patientRef"));
    assertEquals("unclear-reply", task.context().get("tried"));
    assertTrue(task.context().get("suggestion").startsWith("slot-2"), task.context().toString());
    resolve(wf, "read-patient-reply", "book:slot-3");
    CancellationRecoveryResult r = result(wf);
    assertEquals("rebooked", r.patient());
    assertEquals("slot-3", practiceFake.bookings().get(0).slotId());
    assertMessagesSane(wf);
  }

  @Test
  void silentPatientClimbsTheLadderToStaffAndSilentWavesLeaveTheSlotUnfilled(
      OutcomeTestEnvironment env) {
    channelFake.optOut(PATIENT, Channel.SMS); // STOP earlier: texts fall through to email
    CancellationRecoveryWorkflow wf = start(env, null, "patient-request");
    await("wave 1 offered", () -> wf.recovery().offers().size() == 3);
    env.sleep(Duration.ofMinutes(95));
    await("all waves offered", () -> wf.recovery().slot() != null);
    assertEquals("unfilled", wf.recovery().slot());
    assertEquals(5, wf.recovery().offers().size(), "only the five that fit");
    assertEquals(2, wf.recovery().wave(), "candidates ran out after two waves");
    // A yes after the waves closed is answered: the slot is gone.
    wf.inbound(reply("pt-0101", InboundKind.AFFIRMATIVE, "YES"));

    env.sleep(Duration.ofDays(4).plusHours(1));
    await("staff task", () -> wf.state().tasks().stream().anyMatch(HumanTask::isOpen));
    HumanTask task = openTask(wf, "patient-silent");
    assertEquals("rebook-offer,sms-reminder,email-reminder", task.context().get("tried"));
    assertEquals(
        List.of("rebook-offer-email", "rebook-offer-email", "rebook-offer-email"),
        channelFake.templatesTo(PATIENT));
    assertTrue(
        wf.recovery()
            .messagesSent()
            .containsAll(
                List.of(
                    WF + ":rebook.r1.offer.email:1",
                    WF + ":rebook.r1.sms-reminder.email:1",
                    WF + ":rebook.r1.email-reminder.email:2")),
        wf.recovery().messagesSent().toString());
    resolve(wf, "patient-silent", "unreachable");
    CancellationRecoveryResult r = result(wf);
    assertEquals("unfilled", r.slot());
    assertEquals("unreachable", r.patient());
    assertEquals(List.of(), practiceFake.bookings());
    assertEquals(
        List.of("waitlist-offer-sms", "waitlist-slot-taken-sms"),
        channelFake.templatesTo("pt-0101"));
    assertMessagesSane(wf);
  }

  @Test
  void aSlotTooCloseToStartIsNotOfferedAndTheRebookedTimeTakenMeanwhileIsReoffered(
      OutcomeTestEnvironment env) {
    practiceFake.slot(slot(FREED, "prov-01", "2026-03-02T16:30:00Z")); // in 90 minutes
    CancellationRecoveryWorkflow wf = start(env, null, "patient-request");
    await("the patient's offer", () -> channelFake.templatesTo(PATIENT).size() == 1);
    assertEquals("too-late", wf.recovery().slot());
    practiceFake.takeByStaff("slot-2");
    wf.inbound(reply(PATIENT, InboundKind.AFFIRMATIVE, "yes"));
    await("a new time", () -> channelFake.templatesTo(PATIENT).size() == 2);
    wf.inbound(reply(PATIENT, InboundKind.AFFIRMATIVE, "yes"));
    CancellationRecoveryResult r = result(wf);
    assertEquals("too-late", r.slot());
    assertEquals(0, r.offersSent());
    assertEquals("rebooked", r.patient());
    assertEquals("slot-3", practiceFake.bookings().get(0).slotId());
    assertTrue(
        wf.recovery().messagesSent().contains(WF + ":rebook.r2.offer.sms:1"),
        wf.recovery().messagesSent().toString());
    assertMessagesSane(wf);
  }

  @Test
  void aCancellationAtNightWaitsForTheMorningBeforeAnyText(OutcomeTestEnvironment env) {
    env.sleep(Duration.between(env.now(), java.time.Instant.parse("2026-03-03T03:00:00Z")));
    CancellationRecoveryWorkflow wf = start(env, null, "patient-request"); // 22:00 in New York
    await(
        "deferred",
        () ->
            wf.timeline().stream()
                    .filter(e -> e.kind() == io.followthrough.sdk.TimelineKind.DEFERRED)
                    .count()
                == 2);
    assertEquals(List.of(), channelFake.sent(), "nothing at night");
    env.sleep(Duration.ofHours(10));
    await("wave 1 offered in the morning", () -> channelFake.sent().size() == 4);
    for (RecordedCall call : channels.calls("send")) {
      assertTrue(
          call.atMillis() >= java.time.Instant.parse("2026-03-03T13:00:00Z").toEpochMilli(),
          "sent before 08:00: " + java.time.Instant.ofEpochMilli(call.atMillis()));
    }
    assertMessagesSane(wf);
  }
}
