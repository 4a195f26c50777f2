package io.followthrough.faxrouting;

import io.followthrough.channels.ChannelActivities;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.documents.DocumentFacts;
import io.followthrough.documents.ExtractedField;
import io.followthrough.drafting.DraftingActivities;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fakes, the environment and helpers of the fax routing tests. The clock starts on Monday 2 March
 * 2026, 10:00 in New York; the patient Ana Reyes is {@code pt-0007}, the ordering provider with NPI
 * 1234567893 is {@code prov-03}.
 */
abstract class FaxRoutingTestBase {
  static final Instant MONDAY_10_ET = Instant.parse("2026-03-02T15:00:00Z");
  static final String PATIENT = "pt-0007";
  static final String NPI = "1234567893";
  static final String PROVIDER = "prov-03";

  final FakeChart chart = new FakeChart().patient("Reyes", PATIENT).provider(NPI, PROVIDER);
  final FakeMessaging.Channels channelFake = new FakeMessaging.Channels();
  final FixedFaxRoutingPolicy policy = new FixedFaxRoutingPolicy();

  final ActivityRecorder<PracticeActivities> practice =
      ActivityRecorder.of(PracticeActivities.class, chart);
  final ActivityRecorder<ChannelActivities> channels =
      ActivityRecorder.of(ChannelActivities.class, channelFake);
  final ActivityRecorder<DraftingActivities> drafting =
      ActivityRecorder.of(DraftingActivities.class, new FakeMessaging.Drafting());

  @RegisterExtension
  final OutcomeTestExtension kit =
      OutcomeTestExtension.configure(
          env ->
              env.workflowTypes(FaxRoutingWorkflowImpl.class)
                  .activities(practice.proxy(), channels.proxy(), drafting.proxy(), policy)
                  .initialTime(MONDAY_10_ET));

  /** The fields of a lab result for Ana Reyes ordered by {@code prov-03}. */
  static Map<String, String> labFields() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("patient_name", "Ana Reyes");
    f.put("dob", "1962-03-14");
    f.put("test_name", "Hemoglobin A1c");
    f.put("ordering_provider", "Dr. Casey Example");
    f.put("ordering_npi", NPI);
    return f;
  }

  static Map<String, String> with(Map<String, String> fields, String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(fields);
    if (value == null) {
      copy.remove(name);
    } else {
      copy.put(name, value);
    }
    return copy;
  }

  static DocumentFacts facts(String documentId, String type, Map<String, String> values) {
    return facts(documentId, type, 0.95, values, Map.of());
  }

  /** Facts with every field read at 0.95, except those in {@code confidence}. */
  static DocumentFacts facts(
      String documentId,
      String type,
      double typeConfidence,
      Map<String, String> values,
      Map<String, Double> confidence) {
    Map<String, ExtractedField> fields = new LinkedHashMap<>();
    values.forEach(
        (k, v) ->
            fields.put(
                k,
                new ExtractedField(v, confidence.getOrDefault(k, 0.95), 1, 0, v.length(), true)));
    return new DocumentFacts(
        documentId, type, typeConfidence, false, fields, List.of(), List.of(), 1);
  }

  FaxRoutingWorkflow start(OutcomeTestEnvironment env, DocumentFacts facts) {
    return start(env, facts, false);
  }

  FaxRoutingWorkflow start(OutcomeTestEnvironment env, DocumentFacts facts, boolean confirmed) {
    FaxRoutingWorkflow wf =
        env.newWorkflow(
            FaxRoutingWorkflow.class, FaxRoutingWorkflow.workflowId(facts.documentId()));
    WorkflowClient.start(
        wf::run,
        new FaxRoutingInput(facts.documentId(), "fax:test", facts.type(), confirmed, facts, null));
    return wf;
  }

  static FaxRoutingResult result(FaxRoutingWorkflow wf) {
    return WorkflowStub.fromTyped(wf).getResult(FaxRoutingResult.class);
  }

  static HumanTask openTask(FaxRoutingWorkflow wf, String reason) {
    return wf.state().tasks().stream()
        .filter(t -> t.isOpen() && t.reason().equals(reason))
        .findFirst()
        .orElseThrow(
            () -> new NoSuchElementException("no open " + reason + " task: " + wf.state().tasks()));
  }

  static void resolve(FaxRoutingWorkflow wf, String reason, String resolution) {
    HumanTask task = openTask(wf, reason);
    wf.completeTask(new TaskCompletion(task.id(), task.role(), "staff-1", resolution));
  }

  List<String> templatesTo(String recipient) {
    return channelFake.sentTo(recipient).stream().map(OutboundMessage::templateId).toList();
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
