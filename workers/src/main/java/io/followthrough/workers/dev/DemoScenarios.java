package io.followthrough.workers.dev;

import java.util.List;

/** The demo scenarios of `followthrough dev`; add document-intake faxes here when they exist. */
final class DemoScenarios {

  private DemoScenarios() {}

  static List<DemoScenario> all() {
    return List.of(new LabResultDemo());
  }
}
