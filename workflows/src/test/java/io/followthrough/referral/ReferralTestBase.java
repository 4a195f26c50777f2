package io.followthrough.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.channels.ChannelActivities;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.documents.DocumentIntakeActivities;
import io.followthrough.drafting.DraftingActivities;
import io.followthrough.intake.FaxIntakeWorkflowImpl;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fakes, the test environment and helpers shared by the referral workflow tests. The clock starts
 * on Monday 2 March 2026, 10:00 in New York; the patient Ana Reyes is {@code pt-0007} and lives
 * there.
 */
abstract class ReferralTestBase {
  static final Instant MONDAY_10_ET = Instant.parse("2026-03-02T15:00:00Z");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final String PATIENT = "pt-0007";
  static final String REFERRER = "npi:" + ReferralFixtures.NPI;

  final FakePractice practiceFake =
      new FakePractice()
          .patient("Reyes", PATIENT)
          .slot("slot-1", "cardiology", Instant.parse("2026-03-05T14:00:00Z"))
          .slot("slot-2", "cardiology", Instant.parse("2026-03-06T15:00:00Z"))
          .slot("slot-3", "cardiology", Instant.parse("2026-03-10T14:00:00Z"))
          .slot("slot-4", "cardiology", Instant.parse("2026-03-20T14:00:00Z"))
          .slot("slot-5", "cardiology", Instant.parse("2026-03-24T18:00:00Z"));
  final FakeChannels channelFake = new FakeChannels();
  final FakeReferralDocuments documentsFake = new FakeReferralDocuments();
  final FixedPolicy policy = new FixedPolicy();

  final ActivityRecorder<ChannelActivities> channels =
      ActivityRecorder.of(ChannelActivities.class, channelFake);
  final ActivityRecorder<PracticeActivities> practice =
      ActivityRecorder.of(PracticeActivities.class, practiceFake);
  final ActivityRecorder<DraftingActivities> drafting =
      ActivityRecorder.of(DraftingActivities.class, new FakeDrafting());
  final ActivityRecorder<DocumentIntakeActivities> documents =
      ActivityRecorder.of(DocumentIntakeActivities.class, documentsFake);

  @RegisterExtension
  final OutcomeTestExtension kit =
      OutcomeTestExtension.configure(
          env ->
              env.workflowTypes(ReferralWorkflowImpl.class, FaxIntakeWorkflowImpl.class)
                  .activities(
                      channels.proxy(),
                      practice.proxy(),
                      drafting.proxy(),
                      documents.proxy(),
                      policy)
                  .initialTime(MONDAY_10_ET));

  /** Starts {@code referral/<key>} with facts read from {@code values}. */
  ReferralWorkflow start(OutcomeTestEnvironment env, String key, Map<String, String> values) {
    ReferralWorkflow wf = env.newWorkflow(ReferralWorkflow.class, ReferralWorkflow.workflowId(key));
    WorkflowClient.start(
        wf::run,
        new ReferralInput(
            "doc-" + key, "test", ReferralFixtures.facts("doc-" + key, values), null));
    return wf;
  }

  static ReferralResult result(ReferralWorkflow wf) {
    return WorkflowStub.fromTyped(wf).getResult(ReferralResult.class);
  }

  /** The open task with {@code reason}. */
  static HumanTask openTask(ReferralWorkflow wf, String reason) {
    return wf.state().tasks().stream()
        .filter(t -> t.isOpen() && t.reason().equals(reason))
        .findFirst()
        .orElseThrow(
            () -> new NoSuchElementException("no open " + reason + " task: " + wf.state().tasks()));
  }

  static void resolve(ReferralWorkflow wf, String reason, String resolution) {
    HumanTask task = openTask(wf, reason);
    wf.completeTask(new TaskCompletion(task.id(), task.role(), "staff-1", resolution));
  }

  /** Idempotency keys of the messages the channel sent, in order. */
  List<String> sentKeys() {
    return channelFake.sent().stream().map(OutboundMessage::idempotencyKey).toList();
  }

  /** Template ids of what went to {@code recipient}, in order. */
  List<String> templatesTo(String recipient) {
    return channelFake.sentTo(recipient).stream().map(OutboundMessage::templateId).toList();
  }

  static String key(String referralKey, String stageStep, int n) {
    return ReferralWorkflow.workflowId(referralKey) + ":" + stageStep + ":" + n;
  }

  /**
   * What every test checks: the query lists exactly the keys the channel accepted, in order and
   * without repeats; no patient message went out in quiet hours.
   */
  void assertMessagesSane(ReferralWorkflow wf) {
    List<String> viewed = wf.referral().messagesSent();
    assertEquals(new HashSet<>(viewed).size(), viewed.size(), "no key twice: " + viewed);
    BusinessCalendar calendar = BusinessCalendar.standard();
    for (RecordedCall call : channels.calls("send")) {
      OutboundMessage m = call.arg(0);
      if (m.recipientRef().startsWith("pt-")) {
        assertFalse(
            calendar.isQuiet(Instant.ofEpochMilli(call.atMillis()), NEW_YORK),
            "sent in quiet hours: " + m + " at " + Instant.ofEpochMilli(call.atMillis()));
      }
    }
  }

  /** The call ran at {@code expected}, give or take the seconds real work takes. */
  static void assertAbout(Instant expected, RecordedCall call) {
    long drift = call.atMillis() - expected.toEpochMilli();
    assertTrue(
        drift >= 0 && drift < 60_000,
        "expected at " + expected + " but ran at " + Instant.ofEpochMilli(call.atMillis()));
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
