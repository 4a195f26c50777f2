package io.followthrough.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.channels.InboundKind;
import io.followthrough.practice.Appointment;
import io.followthrough.practice.Urgency;
import io.followthrough.testkit.OutcomeTestEnvironment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Twenty waitlisted patients say yes to the same slot at the same moment. */
class CancellationRecoveryConcurrencyTest extends RecoveryTestBase {

  @Test
  void twentySimultaneousAcceptancesMakeExactlyOneBookingAndNineteenAreToldTaken(
      OutcomeTestEnvironment env) throws Exception {
    RecoveryPolicy d = RecoveryPolicy.defaults();
    policy.policy =
        new RecoveryPolicy(
            20,
            d.waveWait(),
            d.maxWaves(),
            d.minLead(),
            d.maxTravelMinutes(),
            d.rebookWaits(),
            d.maxRebookRounds(),
            d.rebookSearchDays(),
            d.noRebookReasons(),
            d.quietStart(),
            d.quietEnd(),
            d.practiceZone(),
            d.defaultLanguage(),
            d.practiceName(),
            d.replyConfidence(),
            d.taskEscalateAfter());
    practiceFake.waitlist.clear();
    List<String> patients = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      String ref = "pt-%04d".formatted(200 + i);
      patients.add(ref);
      practiceFake.waiting(candidate(ref, Urgency.ROUTINE, null, 30, 10, null, i));
    }
    // The patient belongs to another outcome, so only the slot is worked here.
    CancellationRecoveryWorkflow wf = start(env, "referral/rk-9", "patient-request");
    await("all twenty offered", () -> wf.recovery().offers().size() == 20);

    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Future<?>> sent = new ArrayList<>();
    for (String ref : patients) {
      sent.add(
          pool.submit(
              () -> {
                CancellationRecoveryWorkflow stub =
                    env.existingWorkflow(CancellationRecoveryWorkflow.class, WF);
                go.await();
                stub.inbound(reply(ref, InboundKind.AFFIRMATIVE, "YES"));
                return null;
              }));
    }
    go.countDown();
    for (Future<?> f : sent) {
      f.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();

    CancellationRecoveryResult r = result(wf);
    assertEquals("refilled", r.slot());
    List<Appointment> bookings = practiceFake.bookings();
    assertEquals(1, bookings.size(), "exactly one booking: " + bookings);
    String winner = bookings.get(0).patientRef();
    assertEquals(FREED, bookings.get(0).slotId());

    // No lost acceptance: all twenty recorded, each answered exactly once.
    RecoveryView view = wf.recovery();
    assertEquals(20, view.acceptances().size(), view.acceptances().toString());
    assertEquals(new HashSet<>(patients), new HashSet<>(view.acceptances()));
    int told = 0;
    for (String ref : patients) {
      List<String> got = channelFake.templatesTo(ref);
      if (ref.equals(winner)) {
        assertEquals(List.of("waitlist-offer-sms", "waitlist-confirmed-sms"), got, ref);
        assertEquals("booked", view.offers().get(ref));
      } else {
        assertEquals(List.of("waitlist-offer-sms", "waitlist-slot-taken-sms"), got, ref);
        assertEquals("told-taken", view.offers().get(ref));
        told++;
      }
    }
    assertEquals(19, told);
    assertEquals(view.acceptances().get(0), winner, "the first acceptance in arrival order wins");
    assertMessagesSane(wf);
    assertTrue(env.now().isBefore(MONDAY_10_ET.plus(Duration.ofMinutes(30))), "no wave wait");
  }
}
