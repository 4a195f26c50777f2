package io.followthrough.workers.readiness;

import io.followthrough.activities.practice.SandboxPracticeSystem;
import io.followthrough.activities.practice.SandboxReadiness;
import io.followthrough.activities.readiness.ReadinessModule;
import io.followthrough.practice.Appointment;
import io.followthrough.practice.CoverageState;
import io.followthrough.practice.Slot;
import io.followthrough.practice.SlotWindow;
import io.followthrough.practice.Urgency;
import io.followthrough.readiness.ReadinessInput;
import io.followthrough.readiness.ReadinessItems;
import io.followthrough.readiness.ReadinessWorkflow;
import io.followthrough.sdk.OutcomeModule;
import io.followthrough.workers.dev.DemoScenario;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Two dermatology visits booked in the sandbox a week or more ahead, one for a demo patient with
 * everything on file (the outcome completes {@code ready} at once) and one for a patient who misses
 * items (the outcome texts the patient and waits): complete the items with {@code POST
 * /sandbox/patients/<ref>/readiness/<item>}.
 */
public final class ReadinessDemo implements DemoScenario {

  /** The idempotency keys of the demo bookings (no workflow in them: staff bookings). */
  static final List<String> KEYS = List.of("demo-readiness-1", "demo-readiness-2");

  private final Supplier<Optional<SandboxPracticeSystem>> sandbox;

  public ReadinessDemo(Supplier<Optional<SandboxPracticeSystem>> sandbox) {
    this.sandbox = sandbox;
  }

  @Override
  public String name() {
    return "intake readiness";
  }

  @Override
  public int seed(WorkflowClient client, List<OutcomeModule> modules) {
    OutcomeModule module =
        modules.stream()
            .filter(m -> ReadinessModule.NAME.equals(m.name()))
            .findFirst()
            .orElse(null);
    SandboxPracticeSystem practice = sandbox.get().orElse(null);
    if (module == null || practice == null) {
      return 0;
    }
    List<String> patients = patients(practice);
    if (patients.size() < 2) {
      return 0;
    }
    Instant from = Instant.now().plus(Duration.ofDays(7));
    List<Slot> slots =
        practice.findSlots(
            "dermatology", Urgency.ROUTINE, new SlotWindow(from, from.plus(Duration.ofDays(14))));
    int started = 0;
    for (int i = 0; i < KEYS.size() && i < slots.size(); i++) {
      Appointment a;
      try {
        a = practice.book(patients.get(i), slots.get(i).slotId(), KEYS.get(i), "staff");
      } catch (RuntimeException e) {
        continue; // a slot taken meanwhile: the demo shows what it can
      }
      WorkflowOptions options =
          WorkflowOptions.newBuilder()
              .setWorkflowId(ReadinessWorkflow.workflowId(a.appointmentId()))
              .setTaskQueue(module.taskQueue())
              .setWorkflowIdReusePolicy(
                  WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
              .build();
      try {
        client
            .newUntypedWorkflowStub(ReadinessWorkflow.TYPE, options)
            .start(new ReadinessInput(a.appointmentId(), a.patientRef(), "demo", null));
        started++;
      } catch (WorkflowExecutionAlreadyStarted e) {
        // The booking's trigger (or an earlier dev run) started it already.
      }
    }
    return started;
  }

  /** A demo patient with everything on file, then one who misses patient items. */
  static List<String> patients(SandboxPracticeSystem practice) {
    String complete = null;
    String incomplete = null;
    for (var p : practice.patients()) {
      List<String> onFile = SandboxReadiness.demoDefaults(p);
      boolean active = practice.checkCoverage(p.ref(), null, null).state() == CoverageState.ACTIVE;
      if (complete == null && active && onFile.equals(ReadinessItems.ON_FILE)) {
        complete = p.ref();
      } else if (incomplete == null
          && !onFile.contains(ReadinessItems.INTAKE_FORMS)
          && p.payer() != null) {
        incomplete = p.ref();
      }
    }
    return complete == null || incomplete == null ? List.of() : List.of(complete, incomplete);
  }
}
