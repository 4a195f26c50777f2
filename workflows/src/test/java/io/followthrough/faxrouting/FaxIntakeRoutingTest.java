package io.followthrough.faxrouting;

import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.channels.ChannelActivities;
import io.followthrough.documents.DocumentFacts;
import io.followthrough.documents.DocumentIntakeActivities;
import io.followthrough.drafting.DraftingActivities;
import io.followthrough.intake.FaxIntakeInput;
import io.followthrough.intake.FaxIntakeWorkflow;
import io.followthrough.intake.FaxIntakeWorkflowImpl;
import io.followthrough.practice.PracticeActivities;
import io.followthrough.refill.RefillInput;
import io.followthrough.refill.RefillWorkflow;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.sdk.TimelineKind;
import io.followthrough.testkit.ActivityRecorder;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.followthrough.testkit.OutcomeTestExtension;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fax intake hands every non-referral document to its outcome: refill requests to the refill
 * outcome ({@code refill/<documentId>}), everything else to fax routing ({@code
 * fax-routing/<documentId>}). Both children outlive the intake.
 */
class FaxIntakeRoutingTest {

  /** Facts by document id, as intake's understanding would read them. */
  static final class Documents implements DocumentIntakeActivities {
    final Map<String, DocumentFacts> facts = new ConcurrentHashMap<>();

    @Override
    public DocumentFacts understand(String documentId) {
      return facts.get(documentId);
    }
  }

  final Documents documentsFake = new Documents();
  final FakeChart chart =
      new FakeChart()
          .patient("Reyes", FaxRoutingTestBase.PATIENT)
          .provider(FaxRoutingTestBase.NPI, FaxRoutingTestBase.PROVIDER);
  final FakeMessaging.Channels channelFake = new FakeMessaging.Channels();

  @RegisterExtension
  final OutcomeTestExtension kit =
      OutcomeTestExtension.configure(
          env ->
              env.workflowTypes(
                      FaxIntakeWorkflowImpl.class,
                      FaxRoutingWorkflowImpl.class,
                      FakeRefillWorkflowImpl.class)
                  .activities(
                      ActivityRecorder.of(DocumentIntakeActivities.class, documentsFake).proxy(),
                      ActivityRecorder.of(PracticeActivities.class, chart).proxy(),
                      ActivityRecorder.of(ChannelActivities.class, channelFake).proxy(),
                      ActivityRecorder.of(DraftingActivities.class, new FakeMessaging.Drafting())
                          .proxy(),
                      new FixedFaxRoutingPolicy())
                  .initialTime(FaxRoutingTestBase.MONDAY_10_ET));

  @BeforeEach
  void clearRefills() {
    FakeRefillWorkflowImpl.STARTED.clear();
  }

  private FaxIntakeWorkflow intake(OutcomeTestEnvironment env, String documentId) {
    FaxIntakeWorkflow wf =
        env.newWorkflow(FaxIntakeWorkflow.class, FaxIntakeWorkflow.workflowId(documentId));
    WorkflowClient.start(wf::run, new FaxIntakeInput(documentId, "fax:test", 0L, 1));
    return wf;
  }

  @Test
  void aLabResultStartsFaxRoutingWhichFilesIt(OutcomeTestEnvironment env) {
    documentsFake.facts.put(
        "lab-10", FaxRoutingTestBase.facts("lab-10", "lab_result", FaxRoutingTestBase.labFields()));
    FaxIntakeWorkflow intake = intake(env, "lab-10");
    env.sleep(Duration.ofMinutes(5));

    assertEquals("lab_result", intake.intake().routedType());
    assertThat(intake.timeline())
        .hasEntry(TimelineKind.NOTE, "fax-routing-started")
        .hasEntry(TimelineKind.NOTE, "routed:lab_result")
        .completed();
    FaxRoutingWorkflow routing =
        env.existingWorkflow(FaxRoutingWorkflow.class, FaxRoutingWorkflow.workflowId("lab-10"));
    assertEquals("await-acknowledgement", routing.state().stage());
    assertEquals("provider:prov-03", chart.filings().get(0).queue());
    assertTrue(FakeRefillWorkflowImpl.STARTED.isEmpty());

    routing.acknowledged("prov-03");
    env.sleep(Duration.ofMinutes(1));
    assertTrue(routing.state().completed());
    record(env, FaxIntakeWorkflow.workflowId("lab-10"), "fax-intake-lab-result-routed-v3.json");
  }

  @Test
  void aRefillRequestStartsTheRefillOutcome(OutcomeTestEnvironment env) {
    DocumentFacts refill =
        FaxRoutingTestBase.facts(
            "rx-11", "refill_request", Map.of("drug", "Lisinopril", "pharmacy_name", "Corner"));
    documentsFake.facts.put("rx-11", refill);
    FaxIntakeWorkflow intake = intake(env, "rx-11");
    env.sleep(Duration.ofMinutes(5));

    assertThat(intake.timeline()).hasEntry(TimelineKind.NOTE, "refill-started").completed();
    assertEquals(1, FakeRefillWorkflowImpl.STARTED.size());
    RefillInput input = FakeRefillWorkflowImpl.STARTED.get(0);
    assertEquals(new RefillInput("fax-intake", "rx-11", refill, null, null, null), input);
    assertTrue(
        env.existingWorkflow(RefillWorkflow.class, RefillWorkflow.workflowId("rx-11"))
            .state()
            .completed());
    assertTrue(chart.filings().isEmpty(), "a refill is not fax routing's");
    record(env, FaxIntakeWorkflow.workflowId("rx-11"), "fax-intake-refill-routed-v3.json");
  }

  @Test
  void aTypeTheCoordinatorConfirmedIsNotAskedAgain(OutcomeTestEnvironment env) {
    DocumentFacts unsure =
        new DocumentFacts(
            "rec-12",
            "medical_records",
            0.40,
            true,
            FaxRoutingTestBase.facts("rec-12", "x", FaxRoutingTestBase.labFields()).fields(),
            java.util.List.of(),
            java.util.List.of(),
            1);
    documentsFake.facts.put("rec-12", unsure);
    FaxIntakeWorkflow intake = intake(env, "rec-12");
    env.sleep(Duration.ofMinutes(5));
    HumanTask review = intake.state().tasks().get(0);
    intake.completeTask(new TaskCompletion(review.id(), "coordinator", "c-1", "medical_records"));
    env.sleep(Duration.ofMinutes(5));

    FaxRoutingWorkflow routing =
        env.existingWorkflow(FaxRoutingWorkflow.class, FaxRoutingWorkflow.workflowId("rec-12"));
    assertTrue(routing.state().completed());
    assertThat(routing.timeline()).neverReachedStage("confirm-type").completed();
    assertEquals("him", chart.filings().get(0).queue());
    assertNull(routing.routing().acknowledgedBy());
  }

  static void record(OutcomeTestEnvironment env, String workflowId, String name) {
    FaxRoutingTestBase.record(env, workflowId, name);
  }
}
