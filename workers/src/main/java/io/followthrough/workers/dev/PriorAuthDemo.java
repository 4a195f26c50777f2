package io.followthrough.workers.dev;

import io.followthrough.activities.practice.PatientRecord;
import io.followthrough.activities.practice.SandboxPracticeSystem;
import io.followthrough.activities.priorauth.PriorAuthModule;
import io.followthrough.priorauth.PacketDocument;
import io.followthrough.priorauth.PriorAuthInput;
import io.followthrough.priorauth.PriorAuthWorkflow;
import io.followthrough.sdk.OutcomeModule;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One prior authorization, {@code prior-auth/DEMO-PA-1}: a knee MRI (orthopedics, 73721) of a
 * sandbox patient insured with United, clinical notes on file. The sandbox payer denies it at its
 * second check, so the demo shows the appeal drafted for a clinician's sign-off (or force the
 * decision at {@code /sandbox/payer}). Only when the sandbox practice runs in this process.
 */
final class PriorAuthDemo implements DemoScenario {

  static final String ORDER = "DEMO-PA-1";

  private final Supplier<Optional<SandboxPracticeSystem>> sandbox;

  PriorAuthDemo(Supplier<Optional<SandboxPracticeSystem>> sandbox) {
    this.sandbox = sandbox;
  }

  @Override
  public String name() {
    return "prior authorization";
  }

  @Override
  public int seed(WorkflowClient client, List<OutcomeModule> modules) {
    OutcomeModule module =
        modules.stream()
            .filter(m -> PriorAuthModule.NAME.equals(m.name()))
            .findFirst()
            .orElse(null);
    Optional<SandboxPracticeSystem> practice = sandbox.get();
    if (module == null || practice.isEmpty()) {
      return 0;
    }
    Optional<PatientRecord> patient =
        practice.get().patients().stream().filter(p -> "united".equals(p.payer())).findFirst();
    if (patient.isEmpty()) {
      return 0;
    }
    PriorAuthInput input =
        new PriorAuthInput(
            ORDER,
            patient.get().ref(),
            "united",
            "orthopedics",
            "73721",
            List.of("M23.205"),
            List.of(new PacketDocument("clinical-notes", "demo-notes-1")),
            null,
            null);
    WorkflowOptions options =
        WorkflowOptions.newBuilder()
            .setWorkflowId(PriorAuthWorkflow.workflowId(ORDER))
            .setTaskQueue(module.taskQueue())
            .build();
    try {
      client.newUntypedWorkflowStub(PriorAuthWorkflow.TYPE, options).start(input);
      return 1;
    } catch (WorkflowExecutionAlreadyStarted e) {
      // A restart of dev with the same server keeps the earlier demo.
      return 0;
    }
  }
}
