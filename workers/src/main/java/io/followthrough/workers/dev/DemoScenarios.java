package io.followthrough.workers.dev;

import io.followthrough.activities.practice.SandboxPracticeSystem;
import io.followthrough.workers.intake.DocumentIntake;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The demo scenarios of `followthrough dev`. */
final class DemoScenarios {

  private DemoScenarios() {}

  /**
   * @param sandbox the in-process sandbox practice (empty without a worker)
   */
  static List<DemoScenario> all(
      Supplier<DocumentIntake> intake, Supplier<Optional<SandboxPracticeSystem>> sandbox) {
    return List.of(
        new LabResultDemo(),
        new FaxDemo(intake, sandbox),
        new RefillDemo(),
        new MessageTriageDemo(sandbox),
        new io.followthrough.workers.readiness.ReadinessDemo(sandbox),
        new CancellationRecoveryDemo(sandbox),
        new io.followthrough.workers.faxrouting.FaxRoutingDemo(intake, sandbox),
        new PriorAuthDemo(sandbox));
  }
}
