package io.followthrough.workers.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.followthrough.activities.channels.ChannelSimulator;
import io.followthrough.activities.practice.PracticeSandbox;
import io.followthrough.channels.Channel;
import io.followthrough.channels.DeliveryStatus;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.practice.Appointment;
import io.followthrough.practice.SlotWindow;
import io.followthrough.practice.Urgency;
import io.followthrough.workers.sandbox.SandboxEventRelay.Delivery;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relay against a Temporal test server: replies, receipts and appointment changes made in the
 * sandbox arrive as signals at the workflow whose idempotency key started them, and events for no
 * workflow, a finished one or an unknown one are dropped and counted.
 */
class SandboxEventRelayTest {
  static final String QUEUE = "relay-test";

  @TempDir Path data;
  TestWorkflowEnvironment env;
  WorkflowClient client;
  SimpleMeterRegistry meters = new SimpleMeterRegistry();
  SandboxEventRelay relay;
  PracticeSandbox sandbox;
  List<Delivery> deliveries = new ArrayList<>();

  @BeforeEach
  void start() {
    // No time skipping: waiting on one recorder must not skip time past the others' run timeouts.
    env =
        TestWorkflowEnvironment.newInstance(
            io.temporal.testing.TestEnvironmentOptions.newBuilder()
                .setUseTimeskipping(false)
                .build());
    env.newWorker(QUEUE).registerWorkflowImplementationTypes(SignalRecorderImpl.class);
    env.start();
    client = env.getWorkflowClient();
    relay = new SandboxEventRelay(() -> client, meters);
    sandbox = PracticeSandbox.forDataDirectory(data);
    // As SandboxBeans subscribes the relay, also keeping what became of each event.
    sandbox.practice().addListener(e -> deliveries.add(relay.onPracticeEvent(e)));
    ChannelSimulator channels = sandbox.channels();
    channels.addListener(m -> deliveries.add(relay.onInbound(m, channels)));
  }

  @AfterEach
  void stop() {
    env.close();
  }

  WorkflowStub recorder(String workflowId) {
    SignalRecorder stub =
        client.newWorkflowStub(
            SignalRecorder.class,
            WorkflowOptions.newBuilder().setTaskQueue(QUEUE).setWorkflowId(workflowId).build());
    WorkflowClient.start(stub::run);
    return WorkflowStub.fromTyped(stub);
  }

  @SuppressWarnings("unchecked")
  static List<String> received(WorkflowStub recorder) {
    try {
      recorder.signal("finish");
    } catch (io.temporal.client.WorkflowNotFoundException completed) {
      // A client retry of a signal that was already applied finds the run completed: fine.
    }
    return recorder.getResult(List.class);
  }

  String sms(String patientRef, String key) {
    return sandbox
        .channels()
        .send(
            new OutboundMessage(Channel.SMS, patientRef, "referral-outreach", Map.of(), "en", key))
        .messageId();
  }

  String freeSlot(String specialty) {
    Instant now = Instant.now();
    return sandbox
        .practice()
        .findSlots(specialty, Urgency.URGENT, new SlotWindow(now, now.plus(Duration.ofDays(28))))
        .get(0)
        .slotId();
  }

  double counted(String signal, String result) {
    var counter = meters.find(SandboxEventRelay.METRIC).tags("signal", signal, "result", result);
    return counter.counter() == null ? 0 : counter.counter().count();
  }

  @Test
  void repliesAndReceiptsReachTheWorkflowWhoseMessageTheyAnswer() {
    WorkflowStub first = recorder("referral/relay-1");
    WorkflowStub second = recorder("referral/relay-2");
    String toFirst = sms("pt-0001", "referral/relay-1:outreach:1");
    String toSecond = sms("pt-0002", "referral/relay-2:outreach:1");

    sandbox.channels().receive(Channel.SMS, "pt-0001", "yes please");
    sandbox.channels().deliver(toSecond, DeliveryStatus.UNDELIVERABLE);
    sandbox.channels().receive(Channel.SMS, "pt-0002", "STOP");

    assertEquals(
        List.of("inbound AFFIRMATIVE " + toFirst + " null"), received(first), "only its own");
    assertEquals(
        List.of(
            "inbound DELIVERY_RECEIPT " + toSecond + " UNDELIVERABLE",
            "inbound STOP " + toSecond + " null"),
        received(second));
    assertEquals(3.0, counted("inbound", "signalled"));
  }

  @Test
  void aReplyOnAnotherChannelGoesToTheLatestMessageSentToItsSender() {
    WorkflowStub recorder = recorder("referral/relay-3");
    sandbox
        .channels()
        .send(
            new OutboundMessage(
                Channel.EMAIL, "pt-0003", "referral-outreach", null, "en", "referral/relay-3:e:1"));

    sandbox.channels().receive(Channel.SMS, "pt-0003", "who is this?");

    assertEquals(List.of("inbound REPLY null null"), received(recorder));
  }

  @Test
  void appointmentChangesReachTheWorkflowItsBookingKeyNamed() {
    WorkflowStub recorder = recorder("referral/relay-4");
    Appointment a =
        sandbox
            .practice()
            .book(
                "pt-0004",
                freeSlot("cardiology"),
                "referral/relay-4:self-schedule:1",
                "self-scheduled");
    sandbox.practice().markArrived(a.appointmentId());
    sandbox.practice().markCheckedOut(a.appointmentId());

    String id = a.appointmentId();
    assertEquals(
        List.of(
            "appointment BOOKED " + id + " pt-0004 self-scheduled",
            "appointment ARRIVED " + id + " pt-0004 null",
            "appointment CHECKED_OUT " + id + " pt-0004 null"),
        received(recorder));
    assertEquals(List.of(Delivery.SIGNALLED, Delivery.SIGNALLED, Delivery.SIGNALLED), deliveries);
  }

  @Test
  void eventsForNoWorkflowAClosedOneOrAnUnknownOneAreDroppedAndCounted() {
    WorkflowStub closed = recorder("referral/relay-5");
    received(closed);
    sms("pt-0005", "referral/relay-5:outreach:1");
    sms("pt-0006", "referral/never-started:outreach:1");

    sandbox.channels().receive(Channel.SMS, "pt-0005", "yes");
    sandbox.channels().receive(Channel.SMS, "pt-0006", "yes");
    sandbox.channels().receive(Channel.SMS, "pt-0007", "hello?"); // nothing was sent to pt-0007
    Appointment byHand = sandbox.practice().book("pt-0008", freeSlot("neurology"), "demo-1");
    sandbox.practice().markNoShow(byHand.appointmentId());

    assertEquals(
        List.of(
            Delivery.NOT_RUNNING,
            Delivery.NOT_RUNNING,
            Delivery.UNCORRELATED,
            Delivery.UNCORRELATED,
            Delivery.UNCORRELATED),
        deliveries);
    assertEquals(2.0, counted("inbound", "not-running"));
    assertEquals(1.0, counted("inbound", "uncorrelated"));
    assertEquals(2.0, counted("appointment", "uncorrelated"));
  }

  @Test
  void aFailingClientDropsTheEventWithoutThrowing() {
    SandboxEventRelay broken =
        new SandboxEventRelay(
            () -> {
              throw new IllegalStateException("no Temporal client yet");
            },
            meters);
    String message = sms("pt-0009", "referral/relay-6:outreach:1");
    var reply = sandbox.channels().receive(Channel.SMS, "pt-0009", "yes");

    assertEquals(Delivery.FAILED, broken.onInbound(reply, sandbox.channels()));
    assertEquals(message, reply.inReplyTo());
    assertEquals(1.0, counted("inbound", "failed"));
  }
}
