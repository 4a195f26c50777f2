package io.followthrough.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.followthrough.sdk.probe.ConfirmationProbeWorkflowImpl;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutcomeModulesTest {

  @Test
  void searchAttributesAreAddedOnceThroughTheOperatorService() {
    try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
      OperatorServiceStubs operator = env.getOperatorServiceStubs();
      String namespace = env.getNamespace();
      assertEquals(
          List.of("OutcomeType", "OutcomeStage", "EscalationLevel", "Owner", "NeedsHuman", "DueAt"),
          OutcomeModules.registerSearchAttributes(operator, namespace));
      assertEquals(List.of(), OutcomeModules.registerSearchAttributes(operator, namespace));
    }
  }

  @Test
  void moduleOnAnotherTaskQueueIsRefused() {
    OutcomeModule module =
        new OutcomeModule() {
          @Override
          public String name() {
            return "probe";
          }

          @Override
          public String taskQueue() {
            return "elsewhere";
          }

          @Override
          public List<Class<?>> workflowImplementationTypes() {
            return List.of(ConfirmationProbeWorkflowImpl.class);
          }

          @Override
          public List<Object> activityImplementations(ModuleEnvironment environment) {
            return List.of();
          }
        };
    ModuleEnvironment environment =
        new ModuleEnvironment() {
          @Override
          public Path dataDirectory() {
            return Path.of(".");
          }

          @Override
          public Optional<String> setting(String key) {
            return Optional.empty();
          }

          @Override
          public boolean devMode() {
            return true;
          }
        };
    try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
      Worker worker = env.newWorker(OutcomeModule.DEFAULT_TASK_QUEUE);
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> OutcomeModules.register(worker, module, environment));
      assertEquals("module probe runs on task queue elsewhere, not followthrough", e.getMessage());
    }
  }
}
