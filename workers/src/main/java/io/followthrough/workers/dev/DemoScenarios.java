package io.followthrough.workers.dev;

import io.followthrough.workers.intake.DocumentIntake;
import java.util.List;
import java.util.function.Supplier;

/** The demo scenarios of `followthrough dev`. */
final class DemoScenarios {

  private DemoScenarios() {}

  static List<DemoScenario> all(Supplier<DocumentIntake> intake) {
    return List.of(new LabResultDemo(), new FaxDemo(intake));
  }
}
