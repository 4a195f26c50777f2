package io.followthrough.triage;

import io.followthrough.channels.Channel;
import io.followthrough.channels.ChannelActivities;
import io.followthrough.channels.InboundKind;
import io.followthrough.channels.InboundMessage;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.testkit.ActivityRecorder;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.followthrough.testkit.OutcomeTestExtension;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fakes and helpers of the triage tests. The clock starts on Monday 2 March 2026, 22:00 in New York
 * (after office hours); the patient is {@code pt-0007}.
 */
abstract class TriageTestBase {
  static final Instant MONDAY_22_ET = Instant.parse("2026-03-03T03:00:00Z");
  static final Instant TUESDAY_08_ET = Instant.parse("2026-03-03T13:00:00Z");
  static final String PATIENT = "pt-0007";

  final TriageFakes.FakeAi aiFake = new TriageFakes.FakeAi();
  final TriageFakes.FakeChannels channelFake = new TriageFakes.FakeChannels();
  final TriageFakes.FakePager pagerFake = new TriageFakes.FakePager();
  final TriageFakes.FixedPolicy policy = new TriageFakes.FixedPolicy();

  final ActivityRecorder<MessageTriageActivities> ai =
      ActivityRecorder.of(MessageTriageActivities.class, aiFake);
  final ActivityRecorder<ChannelActivities> channels =
      ActivityRecorder.of(ChannelActivities.class, channelFake);
  final ActivityRecorder<OnCallActivities> pager =
      ActivityRecorder.of(OnCallActivities.class, pagerFake);

  @RegisterExtension
  final OutcomeTestExtension kit =
      OutcomeTestExtension.configure(
          env ->
              env.workflowTypes(
                      MessageTriageWorkflowImpl.class, TriageFakes.FakeRefillWorkflow.class)
                  .activities(ai.proxy(), channels.proxy(), pager.proxy(), policy)
                  .initialTime(initialTime()));

  Instant initialTime() {
    return MONDAY_22_ET;
  }

  static InboundMessage message(Channel channel, String text, Instant at) {
    return new InboundMessage(channel, PATIENT, InboundKind.REPLY, text, null, null, at);
  }

  /** Starts the triage of an SMS with {@code text} received now. */
  MessageTriageWorkflow start(OutcomeTestEnvironment env, String text) {
    InboundMessage m = message(Channel.SMS, text, env.now());
    String id = MessageTriageKeys.workflowId(m);
    MessageTriageWorkflow wf = env.newWorkflow(MessageTriageWorkflow.class, id);
    WorkflowClient.start(wf::run, new MessageTriageInput(m, "clinic-north"));
    env.sleep(Duration.ofSeconds(2));
    return wf;
  }

  static String id(MessageTriageWorkflow wf) {
    return WorkflowStub.fromTyped(wf).getExecution().getWorkflowId();
  }

  static MessageTriageResult result(MessageTriageWorkflow wf) {
    return WorkflowStub.fromTyped(wf).getResult(MessageTriageResult.class);
  }

  static HumanTask openTask(MessageTriageWorkflow wf, String reason) {
    return wf.state().tasks().stream()
        .filter(t -> t.isOpen() && t.reason().equals(reason))
        .findFirst()
        .orElseThrow(
            () -> new NoSuchElementException("no open " + reason + " task: " + wf.state().tasks()));
  }

  static void resolve(MessageTriageWorkflow wf, String reason, String resolution) {
    HumanTask task = openTask(wf, reason);
    wf.completeTask(new TaskCompletion(task.id(), task.role(), "staff-1", resolution));
  }

  /** Writes a replay fixture when run with {@code -Dfollowthrough.recordHistories=true}. */
  static void record(OutcomeTestEnvironment env, String workflowId, String name) {
    if (Boolean.getBoolean("followthrough.recordHistories")) {
      try {
        env.exportHistory(workflowId, Path.of("src/test/resources/histories/" + name));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
