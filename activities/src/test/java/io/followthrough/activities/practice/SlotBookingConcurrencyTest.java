package io.followthrough.activities.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.followthrough.practice.Appointment;
import io.followthrough.practice.PracticeActivities;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;

class SlotBookingConcurrencyTest {

  @RepeatedTest(5)
  void twentyConcurrentBookingsOfOneSlotExactlyOneWins() throws Exception {
    SandboxPracticeSystem practice = SandboxPracticeSystem.demo(7, Fixtures.CLOCK);
    String slotId =
        practice
            .findSlots(
                "cardiology",
                io.followthrough.practice.Urgency.ROUTINE,
                new io.followthrough.practice.SlotWindow(
                    Fixtures.NOW, Fixtures.NOW.plusSeconds(86_400 * 28)))
            .get(0)
            .slotId();
    List<PracticeEvent> events = java.util.Collections.synchronizedList(new ArrayList<>());
    practice.addListener(events::add);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String patient = "pt-%04d".formatted(i + 1);
        String key = "referral/fax-" + i + ":book:1";
        Callable<String> booking =
            () -> {
              start.await();
              try {
                Appointment a = practice.book(patient, slotId, key);
                return "won " + a.appointmentId();
              } catch (PracticeException e) {
                return e.code();
              }
            };
        results.add(pool.submit(booking));
      }
      start.countDown();
      List<String> outcomes = new ArrayList<>();
      for (Future<String> f : results) {
        outcomes.add(f.get());
      }
      assertEquals(
          1, outcomes.stream().filter(o -> o.startsWith("won ")).count(), outcomes.toString());
      assertEquals(19, outcomes.stream().filter(PracticeActivities.SLOT_TAKEN::equals).count());
      assertEquals(1, events.size(), "one BOOKED event");
      assertEquals(PracticeEventType.BOOKED, events.get(0).type());
    } finally {
      pool.shutdownNow();
    }
  }
}
