package io.followthrough.examples.labresult.bench;

import io.followthrough.examples.labresult.Acknowledgement;
import io.followthrough.examples.labresult.LabResultActivities;
import io.followthrough.examples.labresult.LabResultFollowUpInput;
import io.followthrough.examples.labresult.LabResultFollowUpResult;
import io.followthrough.examples.labresult.PatientConfirmation;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

public class BareLabResultWorkflowImpl implements BareLabResultWorkflow {
  // Same timeouts and retries as ActivityPolicies.outbound(), written out by hand.
  private final LabResultActivities activities =
      Workflow.newActivityStub(
          LabResultActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofMinutes(1))
              .setScheduleToCloseTimeout(Duration.ofHours(4))
              .setRetryOptions(
                  RetryOptions.newBuilder()
                      .setMaximumAttempts(20)
                      .setInitialInterval(Duration.ofSeconds(5))
                      .setBackoffCoefficient(2.0)
                      .setMaximumInterval(Duration.ofMinutes(10))
                      .setDoNotRetry("InvalidInput")
                      .build())
              .build());
  private Acknowledgement acknowledgement;
  private PatientConfirmation confirmation;

  @Override
  public LabResultFollowUpResult run(LabResultFollowUpInput input) {
    String id = Workflow.getInfo().getWorkflowId();
    activities.notifyProvider(input.resultId(), input.abnormal(), id + ":notify-provider:1");
    Workflow.await(() -> acknowledgement != null);
    activities.notifyPatient(input.resultId(), id + ":notify-patient:1");
    Workflow.await(() -> confirmation != null);
    activities.closeLoop(input.resultId(), id + ":close-loop:1");
    return new LabResultFollowUpResult(input.resultId(), acknowledgement.by(), 0, "signal");
  }

  @Override
  public void acknowledge(Acknowledgement ack) {
    acknowledgement = ack;
  }

  @Override
  public void patientConfirmed(PatientConfirmation c) {
    confirmation = c;
  }
}
