package io.followthrough.workers.recovery;

import io.followthrough.activities.practice.PracticeEvent;
import io.followthrough.activities.practice.PracticeEventType;
import io.followthrough.recovery.CancellationRecoveryInput;
import io.followthrough.recovery.CancellationRecoveryWorkflow;
import io.followthrough.workers.triggers.OutcomeStarter;
import io.followthrough.workers.triggers.OutcomeTrigger;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts {@code cancellation-recovery/<appointmentId>} when an appointment is cancelled. When the
 * appointment belongs to another outcome that is still running ({@code event.workflowId()}, e.g. a
 * referral cancelling because the patient declined), that outcome was told and owns the patient:
 * the recovery refills the slot but does not contact the patient (no double contact). An owner that
 * has finished (e.g. an earlier recovery that booked a waitlisted patient) owns nobody any more.
 */
@Singleton
public class CancellationRecoveryTrigger implements OutcomeTrigger {
  private static final Logger log = LoggerFactory.getLogger(CancellationRecoveryTrigger.class);

  @Override
  public void onPracticeEvent(PracticeEvent event, OutcomeStarter starter) {
    if (event.type() != PracticeEventType.CANCELLED
        || event.appointmentId() == null
        || event.slotId() == null) {
      return;
    }
    String owner = event.workflowId();
    if (owner != null && !running(starter, owner)) {
      owner = null;
    }
    String id = CancellationRecoveryWorkflow.workflowId(event.appointmentId());
    OutcomeStarter.Started started =
        starter.startOnce(
            CancellationRecoveryWorkflow.TYPE,
            id,
            new CancellationRecoveryInput(
                event.appointmentId(),
                event.patientRef(),
                event.slotId(),
                event.reasonCode(),
                event.at(),
                owner,
                null));
    log.debug("{} for {}: {} (owner {})", id, event.appointmentId(), started, owner);
  }

  /**
   * Whether {@code workflowId} runs; unknown or unreachable counts as running (no double contact).
   */
  private static boolean running(OutcomeStarter starter, String workflowId) {
    try {
      WorkflowClient client = starter.client();
      WorkflowExecutionStatus status =
          client
              .getWorkflowServiceStubs()
              .blockingStub()
              .describeWorkflowExecution(
                  io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest.newBuilder()
                      .setNamespace(client.getOptions().getNamespace())
                      .setExecution(
                          io.temporal.api.common.v1.WorkflowExecution.newBuilder()
                              .setWorkflowId(workflowId))
                      .build())
              .getWorkflowExecutionInfo()
              .getStatus();
      return status == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
    } catch (io.grpc.StatusRuntimeException e) {
      if (e.getStatus().getCode() == io.grpc.Status.Code.NOT_FOUND) {
        return false;
      }
      log.warn(
          "owner {} not described ({}): treated as running", workflowId, e.getStatus().getCode());
      return true;
    } catch (RuntimeException e) {
      log.warn(
          "owner {} not described ({}): treated as running",
          workflowId,
          e.getClass().getSimpleName());
      return true;
    }
  }
}
