package io.followthrough.workers.readiness;

import io.followthrough.activities.practice.PracticeEvent;
import io.followthrough.practice.AppointmentEvent;
import io.followthrough.practice.AppointmentEventType;
import io.followthrough.readiness.ReadinessInput;
import io.followthrough.readiness.ReadinessWorkflow;
import io.followthrough.workers.triggers.OutcomeStarter;
import io.followthrough.workers.triggers.OutcomeTrigger;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts {@code intake-readiness/<appointmentId>} when an appointment is booked (by any outcome, by
 * staff or by the patient), and signals it when the appointment is cancelled, the patient arrives
 * or does not come: the readiness outcome does not own the booking, so the relay does not signal
 * it. Refs only in logs.
 */
@Singleton
public class ReadinessTrigger implements OutcomeTrigger {
  private static final Logger log = LoggerFactory.getLogger(ReadinessTrigger.class);

  /** The {@code source} of readiness outcomes this trigger starts. */
  public static final String SOURCE = "practice-event";

  @Override
  public void onPracticeEvent(PracticeEvent event, OutcomeStarter starter) {
    if (event == null || event.type() == null || event.appointmentId() == null) {
      return;
    }
    String workflowId = ReadinessWorkflow.workflowId(event.appointmentId());
    switch (event.type()) {
      case BOOKED ->
          starter.startOnce(
              ReadinessWorkflow.TYPE,
              workflowId,
              new ReadinessInput(event.appointmentId(), event.patientRef(), SOURCE, null));
      default -> signal(starter.client(), workflowId, event);
    }
  }

  /** Tells the running readiness outcome of the appointment; a closed or absent one is fine. */
  static void signal(WorkflowClient client, String workflowId, PracticeEvent event) {
    AppointmentEvent signal =
        new AppointmentEvent(
            AppointmentEventType.valueOf(event.type().name()),
            event.appointmentId(),
            event.patientRef(),
            event.slotId(),
            event.reasonCode(),
            event.at());
    try {
      client.newUntypedWorkflowStub(workflowId).signal("appointment", signal);
      log.debug("{} {} signalled to {}", event.type(), event.appointmentId(), workflowId);
    } catch (WorkflowNotFoundException e) {
      log.debug("{} is not running: {} not signalled", workflowId, event.type());
    } catch (RuntimeException e) {
      log.warn("{} not signalled ({})", workflowId, e.getClass().getSimpleName());
    }
  }
}
