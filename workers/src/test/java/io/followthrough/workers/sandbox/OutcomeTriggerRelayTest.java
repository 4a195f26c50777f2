package io.followthrough.workers.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.followthrough.activities.channels.ChannelSimulator;
import io.followthrough.activities.practice.PracticeEvent;
import io.followthrough.activities.practice.PracticeSandbox;
import io.followthrough.channels.Channel;
import io.followthrough.channels.InboundMessage;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.practice.Appointment;
import io.followthrough.practice.SlotWindow;
import io.followthrough.practice.Urgency;
import io.followthrough.sdk.ModuleEnvironment;
import io.followthrough.sdk.OutcomeModule;
import io.followthrough.workers.ops.WorkflowTypes;
import io.followthrough.workers.sandbox.SandboxEventRelay.Delivery;
import io.followthrough.workers.triggers.OutcomeStarter;
import io.followthrough.workers.triggers.OutcomeStarter.Started;
import io.followthrough.workers.triggers.OutcomeTrigger;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestEnvironmentOptions;
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
 * Triggers behind the relay: every practice event reaches them after its own workflow was
 * signalled; a message that starts a new conversation goes to them first and, when none takes it,
 * to the workflow of the latest message sent to its sender; the starter starts an id once.
 */
class OutcomeTriggerRelayTest {
  static final String QUEUE = "trigger-test";

  @TempDir Path data;
  TestWorkflowEnvironment env;
  WorkflowClient client;
  SimpleMeterRegistry meters = new SimpleMeterRegistry();
  PracticeSandbox sandbox;
  OutcomeStarter starter;
  final List<String> seen = new ArrayList<>();
  final List<Delivery> deliveries = new ArrayList<>();
  boolean takeConversations = true;

  /** Starts a recorder per cancelled appointment and takes new conversations when told to. */
  final OutcomeTrigger recording =
      new OutcomeTrigger() {
        @Override
        public void onPracticeEvent(PracticeEvent event, OutcomeStarter starter) {
          seen.add(event.type() + " " + event.appointmentId() + " owner=" + event.workflowId());
          if (event.type().name().equals("CANCELLED")) {
            seen.add(
                starter
                    .startOnce("SignalRecorder", "recovery/" + event.appointmentId(), null)
                    .name());
          }
        }

        @Override
        public boolean onNewConversation(InboundMessage message, OutcomeStarter starter) {
          seen.add("conversation " + message.channel() + " " + message.fromRef());
          return takeConversations;
        }
      };

  /** A trigger that always throws: the relay logs it and goes on. */
  final OutcomeTrigger broken =
      new OutcomeTrigger() {
        @Override
        public void onPracticeEvent(PracticeEvent event, OutcomeStarter starter) {
          throw new IllegalStateException("boom");
        }

        @Override
        public boolean onNewConversation(InboundMessage message, OutcomeStarter starter) {
          throw new IllegalStateException("boom");
        }
      };

  @BeforeEach
  void start() {
    env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder().setUseTimeskipping(false).build());
    env.newWorker(QUEUE).registerWorkflowImplementationTypes(SignalRecorderImpl.class);
    env.start();
    client = env.getWorkflowClient();
    starter = new OutcomeStarter(() -> client, WorkflowTypes.of(List.of(new RecorderModule())));
    SandboxEventRelay relay =
        new SandboxEventRelay(() -> client, meters, List.of(broken, recording), starter);
    sandbox = PracticeSandbox.forDataDirectory(data);
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

  String freeSlot() {
    Instant now = Instant.now();
    return sandbox
        .practice()
        .findSlots("cardiology", Urgency.URGENT, new SlotWindow(now, now.plus(Duration.ofDays(28))))
        .get(0)
        .slotId();
  }

  @Test
  void practiceEventsReachTheTriggersAfterTheirWorkflowAndStartAnOutcomeOnce() {
    WorkflowStub owner = recorder("referral/trigger-1");
    Appointment a =
        sandbox.practice().book("pt-0001", freeSlot(), "referral/trigger-1:schedule:1", "staff");
    sandbox.practice().cancel(a.appointmentId(), "patient-request", "referral/trigger-1:c:1");

    String id = a.appointmentId();
    assertEquals(
        List.of(
            "BOOKED " + id + " owner=referral/trigger-1",
            "CANCELLED " + id + " owner=referral/trigger-1",
            "STARTED"),
        seen);
    assertEquals(List.of(Delivery.SIGNALLED, Delivery.SIGNALLED), deliveries);
    assertEquals(2, SandboxEventRelayTest.received(owner).size(), "the owner still gets both");
    assertEquals(
        Started.ALREADY_STARTED,
        starter.startOnce("SignalRecorder", "recovery/" + id, null),
        "a redelivered cancellation finds the outcome it started");
    assertEquals(Started.FAILED, starter.startOnce("NoSuchWorkflow", "x/1", null));
  }

  @Test
  void aNewConversationGoesToTheTriggersNotToTheLatestWorkflow() {
    WorkflowStub latest = recorder("referral/trigger-2");
    sandbox
        .channels()
        .send(
            new OutboundMessage(
                Channel.SMS,
                "pt-0002",
                "referral-outreach",
                Map.of(),
                "en",
                "referral/trigger-2:o:1"));

    InboundMessage fresh =
        sandbox.channels().receive(Channel.SMS, "pt-0002", "my chest hurts", true);

    assertNull(fresh.inReplyTo());
    assertEquals(List.of("conversation SMS pt-0002"), seen);
    assertEquals(List.of(Delivery.TRIGGERED), deliveries);
    assertEquals(List.of(), SandboxEventRelayTest.received(latest), "not the referral's reply");
  }

  @Test
  void aNewConversationNoTriggerTakesFallsBackToTheLatestWorkflow() {
    takeConversations = false;
    WorkflowStub latest = recorder("referral/trigger-3");
    sandbox
        .channels()
        .send(
            new OutboundMessage(
                Channel.SMS,
                "pt-0003",
                "referral-outreach",
                Map.of(),
                "en",
                "referral/trigger-3:o:1"));

    sandbox.channels().receive(Channel.SMS, "pt-0003", "hello", true);

    assertEquals(List.of("conversation SMS pt-0003"), seen);
    assertEquals(List.of(Delivery.SIGNALLED), deliveries);
    assertEquals(List.of("inbound REPLY null null"), SandboxEventRelayTest.received(latest));
  }

  /** Registers the recorder's type on the test queue, as a module would. */
  static final class RecorderModule implements OutcomeModule {
    @Override
    public String name() {
      return "recorder";
    }

    @Override
    public String taskQueue() {
      return QUEUE;
    }

    @Override
    public List<Class<?>> workflowImplementationTypes() {
      return List.of(SignalRecorderImpl.class);
    }

    @Override
    public List<Object> activityImplementations(ModuleEnvironment environment) {
      return List.of();
    }
  }
}
