package io.followthrough.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.followthrough.channels.Channel;
import io.followthrough.channels.ChannelActivities;
import io.followthrough.channels.InboundKind;
import io.followthrough.channels.InboundMessage;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.drafting.DraftingActivities;
import io.followthrough.practice.PracticeActivities;
import io.followthrough.practice.Slot;
import io.followthrough.practice.Urgency;
import io.followthrough.practice.WaitlistActivities;
import io.followthrough.practice.WaitlistCandidate;
import io.followthrough.practice.WaitlistEntry;
import io.followthrough.practice.WaitlistPreferences;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fakes and helpers of the cancellation recovery tests. The clock starts on Monday 2 March 2026,
 * 10:00 in New York. Patient {@code pt-0007} cancelled appointment {@code appt-0001} in cardiology
 * slot {@code slot-freed} (Wednesday 10:00, Dr. {@code prov-01}); the waitlist holds {@code
 * pt-0101}..{@code pt-0105} in order of fit: pt-0101 (urgent, wants prov-01), pt-0102 (wants
 * prov-01), pt-0103 (no preference), pt-0105 (other provider), pt-0104 (far away); pt-0106 needs a
 * 60-minute visit and pt-0107 cannot come before Thursday, so neither is offered the slot.
 */
abstract class RecoveryTestBase {
  static final Instant MONDAY_10_ET = Instant.parse("2026-03-02T15:00:00Z");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final String PATIENT = "pt-0007";
  static final String APPOINTMENT = "appt-0001";
  static final String FREED = "slot-freed";
  static final String WF = CancellationRecoveryWorkflow.workflowId(APPOINTMENT);

  final RecoveryFakes.Practice practiceFake =
      new RecoveryFakes.Practice()
          .slot(slot(FREED, "prov-01", "2026-03-04T15:00:00Z"))
          .slot(slot("slot-2", "prov-02", "2026-03-05T15:00:00Z"))
          .slot(slot("slot-3", "prov-01", "2026-03-06T15:00:00Z"))
          .waiting(candidate("pt-0103", Urgency.ROUTINE, null, 0, 20, null, 3))
          .waiting(candidate("pt-0101", Urgency.URGENT, "prov-01", 30, 10, null, 10))
          .waiting(candidate("pt-0105", Urgency.ROUTINE, "prov-02", 30, 10, null, 9))
          .waiting(candidate("pt-0102", Urgency.ROUTINE, "prov-01", 30, 15, null, 2))
          .waiting(candidate("pt-0104", Urgency.ROUTINE, null, 30, 80, null, 8))
          .waiting(candidate("pt-0106", Urgency.URGENT, "prov-01", 60, 5, null, 12))
          .waiting(
              candidate("pt-0107", Urgency.URGENT, "prov-01", 30, 5, LocalDate.of(2026, 3, 5), 12));
  final RecoveryFakes.Channels channelFake = new RecoveryFakes.Channels();
  final RecoveryFakes.Policy policy = new RecoveryFakes.Policy();

  final ActivityRecorder<ChannelActivities> channels =
      ActivityRecorder.of(ChannelActivities.class, channelFake);
  final ActivityRecorder<PracticeActivities> practice =
      ActivityRecorder.of(PracticeActivities.class, practiceFake);
  final ActivityRecorder<WaitlistActivities> waitlist =
      ActivityRecorder.of(WaitlistActivities.class, practiceFake);
  final ActivityRecorder<DraftingActivities> drafting =
      ActivityRecorder.of(DraftingActivities.class, new RecoveryFakes.Drafting());

  @RegisterExtension
  final OutcomeTestExtension kit =
      OutcomeTestExtension.configure(
          env ->
              env.workflowTypes(CancellationRecoveryWorkflowImpl.class)
                  .activities(
                      channels.proxy(),
                      practice.proxy(),
                      waitlist.proxy(),
                      drafting.proxy(),
                      policy)
                  .initialTime(MONDAY_10_ET));

  static Slot slot(String id, String provider, String start) {
    return new Slot(id, provider, "cardiology", Instant.parse(start), 30, false);
  }

  static WaitlistCandidate candidate(
      String ref,
      Urgency urgency,
      String provider,
      int minutes,
      Integer travel,
      LocalDate availableFrom,
      int daysWaiting) {
    return new WaitlistCandidate(
        new WaitlistEntry(
            "wait-" + ref.substring(3),
            ref,
            "cardiology",
            urgency,
            MONDAY_10_ET.minus(Duration.ofDays(daysWaiting))),
        new WaitlistPreferences(provider, "follow-up", minutes, travel, availableFrom, null));
  }

  CancellationRecoveryWorkflow start(OutcomeTestEnvironment env, String owner, String reason) {
    CancellationRecoveryWorkflow wf = env.newWorkflow(CancellationRecoveryWorkflow.class, WF);
    WorkflowClient.start(
        wf::run,
        new CancellationRecoveryInput(
            APPOINTMENT, PATIENT, FREED, reason, MONDAY_10_ET, owner, "test"));
    return wf;
  }

  static CancellationRecoveryResult result(CancellationRecoveryWorkflow wf) {
    return WorkflowStub.fromTyped(wf).getResult(CancellationRecoveryResult.class);
  }

  static InboundMessage reply(String from, InboundKind kind, String text) {
    return new InboundMessage(Channel.SMS, from, kind, text, null, null, Instant.now());
  }

  /** Polls (real time, the workflow's clock stands still) until {@code condition} holds. */
  static void await(String what, Supplier<Boolean> condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.get()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  static HumanTask openTask(CancellationRecoveryWorkflow wf, String reason) {
    return wf.state().tasks().stream()
        .filter(t -> t.isOpen() && t.reason().equals(reason))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("no open " + reason + ": " + wf.state()));
  }

  static void resolve(CancellationRecoveryWorkflow wf, String reason, String resolution) {
    HumanTask task = openTask(wf, reason);
    wf.completeTask(new TaskCompletion(task.id(), task.role(), "coord-1", resolution));
  }

  /** Every check: no key twice, the view lists exactly what was sent, no text in quiet hours. */
  void assertMessagesSane(CancellationRecoveryWorkflow wf) {
    List<String> viewed = wf.recovery().messagesSent();
    assertEquals(new HashSet<>(viewed).size(), viewed.size(), "no key twice: " + viewed);
    // The two goals send side by side: the same keys, not necessarily in the same order.
    List<String> accepted =
        channelFake.sent().stream().map(OutboundMessage::idempotencyKey).toList();
    assertEquals(accepted.size(), viewed.size(), accepted + " vs " + viewed);
    assertEquals(new HashSet<>(accepted), new HashSet<>(viewed));
    BusinessCalendar calendar = BusinessCalendar.standard();
    for (RecordedCall call : channels.calls("send")) {
      assertFalse(
          calendar.isQuiet(Instant.ofEpochMilli(call.atMillis()), NEW_YORK),
          "sent in quiet hours at " + Instant.ofEpochMilli(call.atMillis()));
    }
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
