package io.followthrough.workers.dev;

import io.followthrough.activities.practice.PatientRecord;
import io.followthrough.workers.intake.DocumentIntake;
import java.util.List;
import java.util.function.Supplier;

/** The demo scenarios of `followthrough dev`. */
final class DemoScenarios {

  private DemoScenarios() {}

  /**
   * @param sandboxPatients the in-process sandbox practice's patients (empty without a worker)
   */
  static List<DemoScenario> all(
      Supplier<DocumentIntake> intake, Supplier<List<PatientRecord>> sandboxPatients) {
    return List.of(new LabResultDemo(), new FaxDemo(intake, sandboxPatients));
  }
}
