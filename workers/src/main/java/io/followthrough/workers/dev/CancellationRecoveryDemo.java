package io.followthrough.workers.dev;

import io.followthrough.activities.practice.PatientRecord;
import io.followthrough.activities.practice.PracticeException;
import io.followthrough.activities.practice.SandboxPracticeSystem;
import io.followthrough.activities.recovery.RecoveryModule;
import io.followthrough.practice.Appointment;
import io.followthrough.practice.Slot;
import io.followthrough.practice.SlotWindow;
import io.followthrough.practice.Urgency;
import io.followthrough.practice.WaitlistPreferences;
import io.followthrough.recovery.CancellationRecoveryInput;
import io.followthrough.recovery.CancellationRecoveryWorkflow;
import io.followthrough.sdk.OutcomeModule;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A cancellation in the sandbox practice: a demo patient's cardiology appointment (booked by
 * "staff") is cancelled while three demo patients wait in cardiology, with different fits. The
 * recovery offers the freed slot to the best fits and a new time to the cancelling patient; answer
 * with {@code POST /webhooks/channels/inbound}. Runs once per data directory (a second `dev` finds
 * the outcome and starts nothing).
 */
final class CancellationRecoveryDemo implements DemoScenario {
  private static final Logger log = LoggerFactory.getLogger(CancellationRecoveryDemo.class);
  static final String SPECIALTY = "cardiology";

  private final Supplier<Optional<SandboxPracticeSystem>> sandbox;

  CancellationRecoveryDemo(Supplier<Optional<SandboxPracticeSystem>> sandbox) {
    this.sandbox = sandbox;
  }

  @Override
  public String name() {
    return "cancellation recovery";
  }

  @Override
  public int seed(WorkflowClient client, List<OutcomeModule> modules) {
    if (modules.stream().noneMatch(m -> RecoveryModule.NAME.equals(m.name()))) {
      return 0;
    }
    Optional<SandboxPracticeSystem> practice = sandbox.get();
    if (practice.isEmpty()) {
      return 0;
    }
    SandboxPracticeSystem p = practice.get();
    List<PatientRecord> patients = p.patients();
    Appointment cancelled;
    try {
      Instant from = Instant.now().plus(Duration.ofDays(2));
      List<Slot> free =
          p.findSlots(
              SPECIALTY, Urgency.ROUTINE, new SlotWindow(from, from.plus(Duration.ofDays(14))));
      if (free.isEmpty()) {
        return 0;
      }
      Slot slot = free.get(0);
      Appointment booked =
          p.book(patients.get(20).ref(), slot.slotId(), "demo-recovery-book", "staff");
      // Three waiting patients: the best fit wants this provider, the next has no preference, the
      // third cannot come before next month (not offered).
      p.addToWaitlist(
          patients.get(21).ref(),
          SPECIALTY,
          Urgency.URGENT,
          new WaitlistPreferences(slot.providerRef(), "follow-up", 30, 15, null, null),
          "demo-recovery-wait-1");
      p.addToWaitlist(
          patients.get(22).ref(),
          SPECIALTY,
          Urgency.ROUTINE,
          new WaitlistPreferences(null, "follow-up", 30, 40, null, null),
          "demo-recovery-wait-2");
      p.addToWaitlist(
          patients.get(23).ref(),
          SPECIALTY,
          Urgency.ROUTINE,
          new WaitlistPreferences(
              null,
              "new-patient",
              30,
              10,
              slot.start().atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(30),
              null),
          "demo-recovery-wait-3");
      cancelled = p.cancel(booked.appointmentId(), "patient-request");
    } catch (PracticeException e) {
      // A data directory from an earlier `dev`: the demo ran there already.
      log.info("cancellation recovery demo not seeded again ({})", e.code());
      return 0;
    }
    // The sandbox's trigger may have started it already (the relay got the event): then nothing.
    String id = CancellationRecoveryWorkflow.workflowId(cancelled.appointmentId());
    try {
      WorkflowClient.start(
          client.newWorkflowStub(
                  CancellationRecoveryWorkflow.class,
                  WorkflowOptions.newBuilder()
                      .setWorkflowId(id)
                      .setTaskQueue(OutcomeModule.DEFAULT_TASK_QUEUE)
                      .setWorkflowIdReusePolicy(
                          WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
                      .build())
              ::run,
          new CancellationRecoveryInput(
              cancelled.appointmentId(),
              cancelled.patientRef(),
              cancelled.slotId(),
              "patient-request",
              Instant.now(),
              null,
              null));
      return 1;
    } catch (WorkflowExecutionAlreadyStarted e) {
      return 0;
    }
  }
}
