package io.followthrough.workers.dev;

import io.followthrough.sdk.OutcomeModule;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import java.util.List;
import java.util.Map;

/** Two lab results in follow-up: one abnormal (escalates), one normal. Synthetic ids only. */
final class LabResultDemo implements DemoScenario {

  static final String MODULE = "lab-result-follow-up";
  static final String TYPE = "LabResultFollowUp";

  @Override
  public String name() {
    return "lab results";
  }

  @Override
  public int seed(WorkflowClient client, List<OutcomeModule> modules) {
    OutcomeModule module =
        modules.stream().filter(m -> MODULE.equals(m.name())).findFirst().orElse(null);
    if (module == null) {
      return 0;
    }
    int started = 0;
    for (Map<String, Object> input :
        List.<Map<String, Object>>of(
            Map.of("resultId", "DEMO-1", "abnormal", true, "patientTimeZone", "America/New_York"),
            Map.of(
                "resultId", "DEMO-2", "abnormal", false, "patientTimeZone", "America/Chicago"))) {
      WorkflowOptions options =
          WorkflowOptions.newBuilder()
              .setWorkflowId(MODULE + "/" + input.get("resultId"))
              .setTaskQueue(module.taskQueue())
              .build();
      try {
        client.newUntypedWorkflowStub(TYPE, options).start(input);
        started++;
      } catch (WorkflowExecutionAlreadyStarted e) {
        // A restart of dev with the same server keeps the earlier demo; nothing to add.
      }
    }
    return started;
  }
}
