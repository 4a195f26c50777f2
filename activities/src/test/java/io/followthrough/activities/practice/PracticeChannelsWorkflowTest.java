package io.followthrough.activities.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.channels.ChannelSimulator;
import io.followthrough.activities.channels.SentMessage;
import io.followthrough.activities.channels.SimulatedChannelActivities;
import io.followthrough.activities.practice.probe.ProbeInput;
import io.followthrough.activities.practice.probe.ProbeResult;
import io.followthrough.activities.practice.probe.SchedulingProbeWorkflow;
import io.followthrough.activities.practice.probe.SchedulingProbeWorkflowImpl;
import io.followthrough.channels.Channel;
import io.followthrough.channels.ChannelActivities;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.channels.SendReceipt;
import io.followthrough.practice.Appointment;
import io.followthrough.practice.AppointmentStatus;
import io.followthrough.practice.PatientQuery;
import io.followthrough.practice.PracticeActivities;
import io.followthrough.practice.SlotWindow;
import io.temporal.activity.Activity;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Both activity interfaces on a real Temporal worker, through the real sandbox implementations,
 * with the worst kind of failure: the side effect happened but the activity reported an error, so
 * Temporal retries it. Idempotency keys must keep it to one booking and one text.
 */
class PracticeChannelsWorkflowTest {
  static final String QUEUE = "practice-channels-test";
  static final SlotWindow MONTH =
      new SlotWindow(Fixtures.NOW, Fixtures.NOW.plus(Duration.ofDays(28)));

  /** Fails the first attempt of every call after the side effect: a lost response. */
  static final class LostResponses {
    final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    <T> T afterSideEffect(String method, T result) {
      attempts.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
      if (Activity.getExecutionContext().getInfo().getAttempt() == 1) {
        throw new IllegalStateException("connection reset after " + method);
      }
      return result;
    }
  }

  final LostResponses lost = new LostResponses();
  final SandboxPracticeSystem sandbox = SandboxPracticeSystem.demo(42, Fixtures.CLOCK);
  final ChannelSimulator simulator = new ChannelSimulator(sandbox.contacts(), Fixtures.CLOCK);
  TestWorkflowEnvironment env;

  @BeforeEach
  void start() {
    env = TestWorkflowEnvironment.newInstance();
    Worker worker = env.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(SchedulingProbeWorkflowImpl.class);
    SandboxPracticeActivities practice = new SandboxPracticeActivities(sandbox);
    SimulatedChannelActivities channels = new SimulatedChannelActivities(simulator);
    worker.registerActivitiesImplementations(flakyBooking(practice), flakySend(channels));
    env.start();
  }

  @AfterEach
  void stop() {
    env.close();
  }

  @Test
  void retriedBookingAndSendLeaveOneAppointmentAndOneMessage() {
    PatientRecord patient = sandbox.patients().get(2);
    ProbeResult result = run("referral/fax-100", query(patient), null);

    assertEquals(patient.ref(), result.patientRef());
    assertEquals(2, lost.attempts.get("book").get(), "booking ran twice");
    assertEquals(2, lost.attempts.get("send").get(), "send ran twice");
    List<SentMessage> sms = simulator.outbox(Channel.SMS);
    assertEquals(1, sms.size(), "exactly one text despite the retry");
    assertEquals(result.messageId(), sms.get(0).messageId());
    assertEquals("referral/fax-100:notify-patient:1", sms.get(0).idempotencyKey());
    assertEquals(Map.of("appointmentId", result.appointmentId()), sms.get(0).variables());
    Appointment appointment = sandbox.appointment(result.appointmentId()).orElseThrow();
    assertEquals(AppointmentStatus.BOOKED, appointment.status());
    assertEquals("appt-0001", appointment.appointmentId(), "one appointment in the book");
  }

  @Test
  void noPhiInLogsOrInTheSendActivityInput() {
    PatientRecord patient = sandbox.patients().get(4);
    List<String> logged = LogCapture.during(() -> run("referral/fax-7", query(patient), null));

    String digits = patient.phone().substring(2);
    List<String> phi =
        List.of(patient.lastName(), patient.firstName(), digits, patient.dateOfBirth().toString());
    for (String line : logged) {
      for (String value : phi) {
        assertFalse(line.contains(value), "PHI in log line: " + line.replace(value, "***"));
      }
    }
    assertTrue(logged.stream().anyMatch(l -> l.contains("key=referral/fax-7:notify-patient:1")));
    String sendInputs =
        env.getWorkflowClient().fetchHistory("referral/fax-7").getEvents().stream()
            .filter(e -> e.hasActivityTaskScheduledEventAttributes())
            .map(e -> e.getActivityTaskScheduledEventAttributes())
            .filter(a -> a.getActivityType().getName().equals("ChannelSend"))
            .map(a -> a.getInput().toString())
            .reduce("", String::concat);
    assertTrue(sendInputs.contains(patient.ref()), "the send names the patient by reference");
    for (String value : phi) {
      assertFalse(sendInputs.contains(value), "ChannelSend input holds no demographics");
    }
  }

  @Test
  void aTakenSlotFailsAtOnceWithItsCode() {
    PatientRecord first = sandbox.patients().get(2);
    ProbeResult won = run("referral/fax-1", query(first), null);
    String slotId = sandbox.appointment(won.appointmentId()).orElseThrow().slotId();

    PatientRecord second = sandbox.patients().get(3);
    ProbeResult lostRace = run("referral/fax-2", query(second), slotId);
    assertEquals(PracticeActivities.SLOT_TAKEN, lostRace.failureType());
    assertNull(lostRace.messageId());
    assertEquals(
        3, lost.attempts.get("book").get(), "two for the winner, one (not retried) for the loser");
    assertEquals(1, simulator.outbox(Channel.SMS).size());
  }

  ProbeResult run(String workflowId, PatientQuery query, String slotId) {
    SchedulingProbeWorkflow workflow =
        env.getWorkflowClient()
            .newWorkflowStub(
                SchedulingProbeWorkflow.class,
                WorkflowOptions.newBuilder().setWorkflowId(workflowId).setTaskQueue(QUEUE).build());
    return workflow.run(new ProbeInput(query, "cardiology", MONTH, slotId));
  }

  static PatientQuery query(PatientRecord p) {
    return new PatientQuery(p.firstName(), p.lastName(), p.dateOfBirth(), p.phone(), null);
  }

  PracticeActivities flakyBooking(PracticeActivities real) {
    return (PracticeActivities)
        java.lang.reflect.Proxy.newProxyInstance(
            PracticeActivities.class.getClassLoader(),
            new Class<?>[] {PracticeActivities.class},
            (proxy, method, args) -> {
              Object result;
              try {
                result = method.invoke(real, args);
              } catch (java.lang.reflect.InvocationTargetException e) {
                if (method.getName().equals("bookAppointment")) {
                  lost.attempts.computeIfAbsent("book", m -> new AtomicInteger()).incrementAndGet();
                }
                throw e.getCause();
              }
              return method.getName().equals("bookAppointment")
                  ? lost.afterSideEffect("book", result)
                  : result;
            });
  }

  ChannelActivities flakySend(ChannelActivities real) {
    return new ChannelActivities() {
      @Override
      public SendReceipt send(OutboundMessage message) {
        return lost.afterSideEffect("send", real.send(message));
      }
    };
  }
}
