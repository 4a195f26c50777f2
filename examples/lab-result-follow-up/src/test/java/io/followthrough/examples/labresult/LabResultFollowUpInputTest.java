package io.followthrough.examples.labresult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.followthrough.testkit.ActivityRecorder;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.followthrough.testkit.OutcomeTestExtension;
import io.temporal.client.WorkflowFailedException;
import io.temporal.failure.ApplicationFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LabResultFollowUpInputTest {
  final ActivityRecorder<LabResultActivities> activities =
      ActivityRecorder.of(LabResultActivities.class, new FakeLabResultActivities());

  @RegisterExtension
  final OutcomeTestExtension kit =
      OutcomeTestExtension.configure(
          env ->
              env.workflowTypes(LabResultFollowUpWorkflowImpl.class)
                  .activities(activities.proxy()));

  @Test
  void badTimeZoneFailsAtOnceWithAClearMessageAndNoSideEffect(OutcomeTestEnvironment env) {
    LabResultFollowUpWorkflow wf =
        env.newWorkflow(
            LabResultFollowUpWorkflow.class, LabResultFollowUpWorkflow.workflowId("R-6"));
    WorkflowFailedException e =
        assertThrows(
            WorkflowFailedException.class,
            () -> wf.run(new LabResultFollowUpInput("R-6", false, "Mars/Olympus")));
    ApplicationFailure cause = (ApplicationFailure) e.getCause();
    assertEquals("InvalidInput", cause.getType());
    assertEquals(
        "patientTimeZone is not a valid time zone id, e.g. America/New_York",
        cause.getOriginalMessage());
    assertEquals(0, activities.calls().size());
  }

  @Test
  void blankResultIdIsRejected(OutcomeTestEnvironment env) {
    LabResultFollowUpWorkflow wf =
        env.newWorkflow(LabResultFollowUpWorkflow.class, "lab-result-follow-up/blank");
    WorkflowFailedException e =
        assertThrows(
            WorkflowFailedException.class,
            () -> wf.run(new LabResultFollowUpInput(" ", false, "UTC")));
    assertEquals("resultId is required", ((ApplicationFailure) e.getCause()).getOriginalMessage());
  }
}
