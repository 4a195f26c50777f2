package io.followthrough.readiness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.channels.ChannelActivities;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.drafting.DraftingActivities;
import io.followthrough.practice.AppointmentEvent;
import io.followthrough.practice.AppointmentEventType;
import io.followthrough.practice.PracticeActivities;
import io.followthrough.sdk.BusinessCalendar;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.testkit.ActivityRecorder;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.followthrough.testkit.OutcomeTestExtension;
import io.followthrough.testkit.RecordedCall;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fakes, the environment and helpers of the readiness tests. The clock starts on Monday 2 March
 * 2026, 10:00 in New York; the visit ({@code appt-1} of {@code pt-0007}) is a week later, Monday 9
 * March 10:00 (EDT, 14:00 UTC): a coordinator is asked on Friday 6 March 14:00 UTC (3 days before)
 * and the policy decides on Sunday 8 March 14:00 UTC (1 day before).
 */
abstract class ReadinessTestBase {
  static final Instant MONDAY_10_ET = Instant.parse("2026-03-02T15:00:00Z");
  static final Instant VISIT = Instant.parse("2026-03-09T14:00:00Z");
  static final Instant ESCALATE_AT = Instant.parse("2026-03-06T14:00:00Z");
  static final Instant DEADLINE_AT = Instant.parse("2026-03-08T14:00:00Z");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final String APPOINTMENT = "appt-1";
  static final String PATIENT = "pt-0007";
  static final String WORKFLOW_ID = ReadinessWorkflow.workflowId(APPOINTMENT);

  FakeReadinessPractice practiceFake = fake("cardiology");
  final FakeReadinessChannels channelFake = new FakeReadinessChannels();
  final FixedReadinessPolicy policy = new FixedReadinessPolicy();

  final ActivityRecorder<ChannelActivities> channels =
      ActivityRecorder.of(ChannelActivities.class, channelFake);
  final ActivityRecorder<PracticeActivities> practice =
      ActivityRecorder.of(PracticeActivities.class, practiceFake);
  final ActivityRecorder<ReadinessActivities> readiness =
      ActivityRecorder.of(ReadinessActivities.class, practiceFake);
  final ActivityRecorder<DraftingActivities> drafting =
      ActivityRecorder.of(DraftingActivities.class, new FakeReadinessDrafting());

  @RegisterExtension
  final OutcomeTestExtension kit =
      OutcomeTestExtension.configure(
          env ->
              env.workflowTypes(ReadinessWorkflowImpl.class)
                  .activities(
                      channels.proxy(),
                      practice.proxy(),
                      readiness.proxy(),
                      drafting.proxy(),
                      policy)
                  .initialTime(MONDAY_10_ET));

  /** The specialty of the test's visit; override to change it. */
  FakeReadinessPractice fake(String specialty) {
    return new FakeReadinessPractice(APPOINTMENT, PATIENT, specialty, VISIT);
  }

  ReadinessWorkflow start(OutcomeTestEnvironment env) {
    ReadinessWorkflow wf = env.newWorkflow(ReadinessWorkflow.class, WORKFLOW_ID);
    WorkflowClient.start(wf::run, new ReadinessInput(APPOINTMENT, PATIENT, "test", null));
    return wf;
  }

  static ReadinessResult result(ReadinessWorkflow wf) {
    return WorkflowStub.fromTyped(wf).getResult(ReadinessResult.class);
  }

  static HumanTask openTask(ReadinessWorkflow wf, String reason) {
    return wf.state().tasks().stream()
        .filter(t -> t.isOpen() && t.reason().equals(reason))
        .findFirst()
        .orElseThrow(
            () -> new NoSuchElementException("no open " + reason + " task: " + wf.state().tasks()));
  }

  static void resolve(ReadinessWorkflow wf, String reason, String resolution) {
    HumanTask task = openTask(wf, reason);
    wf.completeTask(new TaskCompletion(task.id(), task.role(), "staff-1", resolution));
  }

  static AppointmentEvent event(AppointmentEventType type, Instant at) {
    return new AppointmentEvent(type, APPOINTMENT, PATIENT, "slot-1", null, at);
  }

  static String key(String stageStep, int n) {
    return WORKFLOW_ID + ":" + stageStep + ":" + n;
  }

  List<String> templates() {
    return channelFake.sent().stream().map(OutboundMessage::templateId).toList();
  }

  /** Every test: the query lists the accepted keys; no patient message in quiet hours. */
  void assertMessagesSane(ReadinessWorkflow wf) {
    assertTrue(
        wf.readiness().messagesSent().containsAll(channelFake.keys()),
        wf.readiness().messagesSent() + " vs " + channelFake.keys());
    BusinessCalendar calendar = BusinessCalendar.standard();
    for (RecordedCall call : channels.calls("send")) {
      assertFalse(
          calendar.isQuiet(Instant.ofEpochMilli(call.atMillis()), NEW_YORK),
          "sent in quiet hours at " + Instant.ofEpochMilli(call.atMillis()));
    }
  }

  /** The call ran at {@code expected}, give or take a minute. */
  static void assertAbout(Instant expected, long atMillis) {
    long drift = atMillis - expected.toEpochMilli();
    assertTrue(
        drift >= 0 && drift < 60_000,
        "expected at " + expected + " but was " + Instant.ofEpochMilli(atMillis));
  }

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
