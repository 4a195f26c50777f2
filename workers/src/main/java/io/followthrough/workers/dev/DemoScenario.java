package io.followthrough.workers.dev;

import io.followthrough.sdk.OutcomeModule;
import io.temporal.client.WorkflowClient;
import java.util.List;

/** Demo data that `followthrough dev` sets going unless `--no-demo` (e.g. sample faxes later). */
public interface DemoScenario {

  /** Short name for the banner. */
  String name();

  /**
   * Starts the scenario's outcomes if the modules it needs are present.
   *
   * @return how many outcomes were started (0 when the modules are missing)
   */
  int seed(WorkflowClient client, List<OutcomeModule> modules);
}
