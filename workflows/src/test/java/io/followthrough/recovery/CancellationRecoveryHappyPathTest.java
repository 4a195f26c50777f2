package io.followthrough.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.channels.InboundKind;
import io.followthrough.ledger.LedgerEvent;
import io.followthrough.practice.Appointment;
import io.followthrough.testkit.OutcomeTestEnvironment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CancellationRecoveryHappyPathTest extends RecoveryTestBase {

  @Test
  void slotRefilledInTheFirstWaveAndThePatientRebooked(OutcomeTestEnvironment env) {
    CancellationRecoveryWorkflow wf = start(env, null, "patient-request");

    // Wave 1 = the three best fits, in rank order; the cancelling patient gets a new time.
    await("wave 1 offered", () -> wf.recovery().offers().size() == 3);
    assertEquals(
        List.of("pt-0101", "pt-0102", "pt-0103"), List.copyOf(wf.recovery().offers().keySet()));
    await(
        "the patient's offer", () -> channelFake.templatesTo(PATIENT).contains("rebook-offer-sms"));
    assertEquals("recovering", wf.state().stage());

    wf.inbound(reply("pt-0102", InboundKind.AFFIRMATIVE, "YES"));
    await("slot refilled", () -> "refilled".equals(wf.recovery().slot()));
    await("the slot milestone", () -> "slot-refilled".equals(wf.state().stage()));
    wf.inbound(reply(PATIENT, InboundKind.AFFIRMATIVE, "yes"));

    CancellationRecoveryResult r = result(wf);
    assertEquals("refilled", r.slot());
    assertEquals("rebooked", r.patient());
    assertTrue(r.slotRecovered() && r.patientRebooked());
    assertEquals(3, r.offersSent());
    List<Appointment> bookings = practiceFake.bookings();
    assertEquals(2, bookings.size(), bookings.toString());
    assertEquals("pt-0102", bookings.get(0).patientRef());
    assertEquals(FREED, bookings.get(0).slotId());
    assertEquals(r.refillAppointmentId(), bookings.get(0).appointmentId());
    assertEquals(PATIENT, bookings.get(1).patientRef());
    assertEquals("slot-2", bookings.get(1).slotId(), "the earliest other time");
    assertEquals(r.rebookedAppointmentId(), bookings.get(1).appointmentId());

    // The winner is confirmed; the others of the wave are told the slot is taken, once each.
    assertEquals(
        List.of("waitlist-offer-sms", "waitlist-confirmed-sms"),
        channelFake.templatesTo("pt-0102"));
    for (String other : List.of("pt-0101", "pt-0103")) {
      assertEquals(
          List.of("waitlist-offer-sms", "waitlist-slot-taken-sms"), channelFake.templatesTo(other));
    }
    assertEquals(
        List.of("rebook-offer-sms", "rebook-confirmed-sms"), channelFake.templatesTo(PATIENT));
    assertEquals(
        Map.of("pt-0101", "told-taken", "pt-0102", "booked", "pt-0103", "told-taken"),
        wf.recovery().offers());
    assertTrue(
        wf.recovery().messagesSent().contains(WF + ":refill.offer.sms:1"),
        wf.recovery().messagesSent().toString());
    assertMessagesSane(wf);

    // The ledger tells the generic console what happened.
    List<LedgerEvent> ledger = env.ledgerEvents(WF);
    LedgerEvent last = ledger.get(ledger.size() - 1);
    assertEquals("slot-refilled.patient-rebooked", last.reasonCode(), last.toString());
    // Both successes are stages, so the generic funnel counts recovered slots and rebooked
    // patients.
    assertEquals(
        List.of("recovering", "slot-refilled", "patient-rebooked"),
        ledger.stream()
            .filter(e -> e.type() == io.followthrough.ledger.LedgerEventType.STAGE_CHANGED)
            .map(LedgerEvent::stage)
            .toList());
    assertTrue(wf.state().completed());
    record(env, WF, "cancellation-recovery-v1.json");
  }

  @Test
  void anotherOutcomesPatientIsNotContactedButTheSlotIsStillRefilled(OutcomeTestEnvironment env) {
    CancellationRecoveryWorkflow wf = start(env, "referral/rk-1", "patient-declined");
    await("wave 1 offered", () -> wf.recovery().offers().size() == 3);
    wf.inbound(reply("pt-0101", InboundKind.AFFIRMATIVE, "yes"));
    CancellationRecoveryResult r = result(wf);
    assertEquals("refilled", r.slot());
    assertEquals("owned-by-other-outcome", r.patient());
    assertEquals(List.of(), channelFake.templatesTo(PATIENT), "no double contact");
    assertEquals("pt-0101", practiceFake.bookings().get(0).patientRef());
    assertMessagesSane(wf);
  }
}
