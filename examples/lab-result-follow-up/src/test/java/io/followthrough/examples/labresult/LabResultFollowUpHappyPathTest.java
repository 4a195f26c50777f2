package io.followthrough.examples.labresult;

import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.ledger.LedgerEvent;
import io.followthrough.ledger.LedgerEventType;
import io.followthrough.sdk.OutcomeSearchAttributes;
import io.followthrough.sdk.OutcomeState;
import io.followthrough.testkit.ActivityRecorder;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.followthrough.testkit.OutcomeTestExtension;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import io.temporal.common.SearchAttributes;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LabResultFollowUpHappyPathTest {
  /** Wednesday 2026-03-04 12:00 in New York: outside quiet hours. */
  static final Instant NOON_NEW_YORK = Instant.parse("2026-03-04T17:00:00Z");

  final ActivityRecorder<LabResultActivities> activities =
      ActivityRecorder.of(LabResultActivities.class, new FakeLabResultActivities());

  @RegisterExtension
  final OutcomeTestExtension kit =
      OutcomeTestExtension.configure(
          env ->
              env.workflowTypes(LabResultFollowUpWorkflowImpl.class)
                  .activities(activities.proxy())
                  .initialTime(NOON_NEW_YORK));

  @Test
  void acknowledgedAndConfirmedWithoutEscalation(OutcomeTestEnvironment env) throws Exception {
    String id = LabResultFollowUpWorkflow.workflowId("R-1");
    LabResultFollowUpWorkflow wf = env.newWorkflow(LabResultFollowUpWorkflow.class, id);
    WorkflowClient.start(wf::run, new LabResultFollowUpInput("R-1", true, "America/New_York"));

    env.sleep(Duration.ofMinutes(30));
    OutcomeState waiting = wf.state();
    assertEquals("await-acknowledgement", waiting.stage());
    SearchAttributes attributes = env.searchAttributes(id);
    assertEquals("await-acknowledgement", attributes.get(OutcomeSearchAttributes.OUTCOME_STAGE));
    assertEquals("lab-result-follow-up", attributes.get(OutcomeSearchAttributes.OUTCOME_TYPE));
    assertEquals(0L, attributes.get(OutcomeSearchAttributes.ESCALATION_LEVEL));

    wf.acknowledge(new Acknowledgement("dr-1"));
    env.sleep(Duration.ofHours(2));
    assertEquals("confirm-patient-informed", wf.state().stage());
    wf.patientConfirmed(new PatientConfirmation("sms-reply"));

    LabResultFollowUpResult result =
        WorkflowStub.fromTyped(wf).getResult(LabResultFollowUpResult.class);
    assertEquals(new LabResultFollowUpResult("R-1", "dr-1", 0, "signal"), result);
    assertEquals(List.of("notifyProvider", "notifyPatient", "closeLoop"), activities.methods());
    assertEquals(
        "lab-result-follow-up/R-1:notify-provider:1",
        activities.calls("notifyProvider").get(0).arg(2));
    assertThat(wf.timeline())
        .stagesInOrder(
            "notify-provider",
            "await-acknowledgement",
            "notify-patient",
            "confirm-patient-informed")
        .neverEscalated()
        .completed()
        .timesAreOrdered();
    assertTrue(wf.state().completed());
    assertEquals("completed", env.searchAttributes(id).get(OutcomeSearchAttributes.OUTCOME_STAGE));
    // The ops store hears the same story from the SDK, without a line of ledger code here.
    List<LedgerEvent> ledger = env.ledgerEvents(id);
    assertEquals(
        List.of(
            "notify-provider",
            "await-acknowledgement",
            "notify-patient",
            "confirm-patient-informed"),
        ledger.stream()
            .filter(e -> e.type() == LedgerEventType.STAGE_CHANGED)
            .map(LedgerEvent::stage)
            .toList());
    assertEquals(LedgerEventType.COMPLETED, ledger.get(ledger.size() - 1).type());
    assertEquals("patient-informed", ledger.get(ledger.size() - 1).reasonCode());
    assertEquals("lab-result-follow-up", ledger.get(0).outcomeType());

    // Re-record the committed replay fixture with: -Dfollowthrough.recordHistories=true
    if (Boolean.getBoolean("followthrough.recordHistories")) {
      env.exportHistory(id, Path.of("src/test/resources/histories/happy-path-ledger.json"));
    }
  }
}
