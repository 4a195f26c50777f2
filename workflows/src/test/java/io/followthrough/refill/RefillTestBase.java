package io.followthrough.refill;

import io.followthrough.channels.Channel;
import io.followthrough.channels.ChannelActivities;
import io.followthrough.channels.DeliveryStatus;
import io.followthrough.channels.InboundKind;
import io.followthrough.channels.InboundMessage;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.documents.DocumentFacts;
import io.followthrough.documents.ExtractedField;
import io.followthrough.drafting.DraftingActivities;
import io.followthrough.practice.Medication;
import io.followthrough.practice.PracticeActivities;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fakes, environment and helpers of the refill tests. The clock starts on Monday 2 March 2026,
 * 10:00 in New York. Ana Reyes ({@code pt-0007}) takes lisinopril and was seen in December; Luis
 * Lopez ({@code pt-0008}) takes alprazolam (schedule IV), seen in January; Mai Nguyen ({@code
 * pt-0009}) takes atorvastatin and was last seen in June 2024. All fictional.
 */
abstract class RefillTestBase {
  static final Instant MONDAY_10_ET = Instant.parse("2026-03-02T15:00:00Z");
  static final String REYES = "pt-0007";
  static final String LOPEZ = "pt-0008";
  static final String NGUYEN = "pt-0009";

  final RefillFakes.Practice practiceFake =
      new RefillFakes.Practice()
          .patient("Reyes", REYES)
          .patient("Lopez", LOPEZ)
          .patient("Nguyen", NGUYEN)
          .med(
              new Medication(
                  "rx-7-1",
                  REYES,
                  "lisinopril",
                  "10 mg",
                  null,
                  "prov-01",
                  LocalDate.parse("2026-02-01"),
                  "pharm-01"))
          .med(
              new Medication(
                  "rx-7-2",
                  REYES,
                  "metformin",
                  "500 mg",
                  null,
                  "prov-01",
                  LocalDate.parse("2026-02-01"),
                  "pharm-01"))
          .med(
              new Medication(
                  "rx-8-1",
                  LOPEZ,
                  "alprazolam",
                  "0.5 mg",
                  "IV",
                  "prov-02",
                  LocalDate.parse("2026-02-10"),
                  "pharm-02"))
          .med(
              new Medication(
                  "rx-9-1",
                  NGUYEN,
                  "atorvastatin",
                  "20 mg",
                  null,
                  "prov-01",
                  LocalDate.parse("2026-02-15"),
                  "pharm-01"))
          .visit(REYES, LocalDate.parse("2025-12-01"))
          .visit(LOPEZ, LocalDate.parse("2026-01-10"))
          .visit(NGUYEN, LocalDate.parse("2024-06-01"))
          .slot("slot-1", Instant.parse("2026-03-05T14:00:00Z"))
          .slot("slot-2", Instant.parse("2026-03-06T15:00:00Z"));
  final RefillFakes.Channels channelFake = new RefillFakes.Channels();
  final RefillFakes.Policy policy = new RefillFakes.Policy();

  final ActivityRecorder<ChannelActivities> channels =
      ActivityRecorder.of(ChannelActivities.class, channelFake);
  final ActivityRecorder<PracticeActivities> practice =
      ActivityRecorder.of(PracticeActivities.class, practiceFake);
  final ActivityRecorder<DraftingActivities> drafting =
      ActivityRecorder.of(DraftingActivities.class, new RefillFakes.Drafting());

  @RegisterExtension
  final OutcomeTestExtension kit =
      OutcomeTestExtension.configure(
          env ->
              env.workflowTypes(RefillWorkflowImpl.class)
                  .activities(
                      channels.proxy(),
                      practice.proxy(),
                      drafting.proxy(),
                      new RefillFakes.Matcher(),
                      policy)
                  .initialTime(MONDAY_10_ET));

  /** A pharmacy fax for {@code name}'s {@code drug}, as fax intake hands it over. */
  static DocumentFacts fax(String documentId, String name, String drug, String strength) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("patient_name", name);
    v.put("dob", "1970-01-02");
    v.put("drug", drug);
    v.put("strength", strength);
    v.put("pharmacy_name", "Main Street Pharmacy");
    Map<String, ExtractedField> fields = new LinkedHashMap<>();
    v.forEach((k, x) -> fields.put(k, new ExtractedField(x, 0.95, 1, 0, x.length(), true)));
    return new DocumentFacts(
        documentId, "refill_request", 0.96, false, fields, List.of(), List.of(), 1);
  }

  RefillWorkflow startFax(OutcomeTestEnvironment env, String documentId, DocumentFacts facts) {
    RefillWorkflow wf =
        env.newWorkflow(RefillWorkflow.class, RefillWorkflow.workflowId(documentId));
    WorkflowClient.start(
        wf::run, new RefillInput("fax-intake", documentId, facts, null, null, "clinic-north"));
    return wf;
  }

  RefillWorkflow startMessage(
      OutcomeTestEnvironment env, String key, String patientRef, String text) {
    RefillWorkflow wf = env.newWorkflow(RefillWorkflow.class, RefillWorkflow.workflowId(key));
    InboundMessage message =
        new InboundMessage(
            Channel.SMS, patientRef, InboundKind.REPLY, text, null, null, MONDAY_10_ET);
    WorkflowClient.start(
        wf::run, new RefillInput("message-triage", null, null, message, patientRef, null));
    return wf;
  }

  static RefillResult result(RefillWorkflow wf) {
    return WorkflowStub.fromTyped(wf).getResult(RefillResult.class);
  }

  /** Waits (in real time) until a task with {@code reason} is open, and returns it. */
  static HumanTask awaitTask(RefillWorkflow wf, String reason) {
    long until = System.currentTimeMillis() + 10_000;
    while (System.currentTimeMillis() < until) {
      for (HumanTask t : wf.state().tasks()) {
        if (t.isOpen() && t.reason().equals(reason)) {
          return t;
        }
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new NoSuchElementException("no open " + reason + " task: " + wf.state().tasks());
  }

  static void resolve(RefillWorkflow wf, String reason, String resolution) {
    HumanTask task = awaitTask(wf, reason);
    wf.completeTask(new TaskCompletion(task.id(), task.role(), "staff-1", resolution));
  }

  /** Waits (in real time) until the channel sent {@code count} messages. */
  void awaitSent(int count) {
    long until = System.currentTimeMillis() + 10_000;
    while (channelFake.sent().size() < count && System.currentTimeMillis() < until) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** The pharmacy answers the decision fax sent with {@code key}. */
  void pharmacyConfirms(RefillWorkflow wf, String pharmacyRef, String key) {
    WorkflowStub.fromTyped(wf)
        .signal(
            "inbound",
            new InboundMessage(
                Channel.FAX,
                pharmacyRef,
                InboundKind.AFFIRMATIVE,
                "received",
                channelFake.messageId(key),
                null,
                MONDAY_10_ET));
  }

  void deliveryReceipt(RefillWorkflow wf, String key) {
    WorkflowStub.fromTyped(wf)
        .signal(
            "inbound",
            new InboundMessage(
                Channel.FAX,
                null,
                InboundKind.DELIVERY_RECEIPT,
                null,
                channelFake.messageId(key),
                DeliveryStatus.DELIVERED,
                MONDAY_10_ET));
  }

  List<String> sentKeys() {
    return channelFake.sent().stream().map(OutboundMessage::idempotencyKey).toList();
  }

  static String key(String requestKey, String step, int n) {
    return RefillWorkflow.workflowId(requestKey) + ":" + step + ":" + n;
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
