package io.followthrough.workers.dev;

import io.followthrough.activities.practice.PracticeSandboxModule;
import io.followthrough.activities.refill.RefillModule;
import io.followthrough.channels.Channel;
import io.followthrough.channels.InboundKind;
import io.followthrough.channels.InboundMessage;
import io.followthrough.refill.RefillInput;
import io.followthrough.refill.RefillWorkflow;
import io.followthrough.sdk.OutcomeModule;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import java.time.Instant;
import java.util.List;

/**
 * Three refill requests from sandbox patients' portal messages (fictional): {@code pt-0001} asks
 * for "Zestril 10mg" (lisinopril, seen recently: a prescriber task for the clinician role), {@code
 * pt-0002} for "Xanax" (alprazolam, schedule IV: always a clinician), {@code pt-0003} for metformin
 * (last seen 500 days ago: visit required, the pharmacy is faxed and a coordinator books the
 * visit). Needs the refill module and the sandbox practice.
 */
final class RefillDemo implements DemoScenario {

  private static final List<String[]> REQUESTS =
      List.of(
          new String[] {"demo-refill-1", "pt-0001", "Could you refill my Zestril 10mg please?"},
          new String[] {"demo-refill-2", "pt-0002", "I need a refill of my Xanax"},
          new String[] {"demo-refill-3", "pt-0003", "refill metformin 500 mg please"});

  @Override
  public String name() {
    return "refill requests";
  }

  @Override
  public int seed(WorkflowClient client, List<OutcomeModule> modules) {
    OutcomeModule module =
        modules.stream().filter(m -> RefillModule.NAME.equals(m.name())).findFirst().orElse(null);
    if (module == null
        || modules.stream().noneMatch(m -> PracticeSandboxModule.NAME.equals(m.name()))) {
      return 0;
    }
    int started = 0;
    for (String[] r : REQUESTS) {
      WorkflowOptions options =
          WorkflowOptions.newBuilder()
              .setWorkflowId(RefillWorkflow.workflowId(r[0]))
              .setTaskQueue(module.taskQueue())
              .build();
      InboundMessage message =
          new InboundMessage(
              Channel.PORTAL, r[1], InboundKind.REPLY, r[2], null, null, Instant.now());
      try {
        RefillWorkflow stub = client.newWorkflowStub(RefillWorkflow.class, options);
        WorkflowClient.start(stub::run, new RefillInput("demo", null, null, message, r[1], null));
      } catch (WorkflowExecutionAlreadyStarted e) {
        continue; // a restart of dev with the same server keeps the earlier demo
      }
      started++;
    }
    return started;
  }
}
