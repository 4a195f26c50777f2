package io.followthrough.workers.ops;

import io.followthrough.sdk.OutcomeModule;
import io.temporal.common.metadata.POJOWorkflowImplMetadata;
import io.temporal.common.metadata.POJOWorkflowInterfaceMetadata;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which task queue serves each workflow type, read from the outcome modules on the classpath, so
 * the API starts any module's outcome without per-type code.
 */
public final class WorkflowTypes {

  private final Map<String, String> taskQueues;

  private WorkflowTypes(Map<String, String> taskQueues) {
    this.taskQueues = taskQueues;
  }

  /** The workflow types the modules register, with their task queues. */
  public static WorkflowTypes of(Collection<OutcomeModule> modules) {
    Map<String, String> queues = new TreeMap<>();
    for (OutcomeModule module : modules) {
      for (Class<?> implementation : module.workflowImplementationTypes()) {
        for (POJOWorkflowInterfaceMetadata workflow :
            POJOWorkflowImplMetadata.newInstance(implementation).getWorkflowInterfaces()) {
          workflow.getWorkflowType().ifPresent(type -> queues.put(type, module.taskQueue()));
        }
      }
    }
    return new WorkflowTypes(Map.copyOf(queues));
  }

  public Optional<String> taskQueue(String workflowType) {
    return Optional.ofNullable(taskQueues.get(workflowType));
  }

  /** Known types, sorted. */
  public Collection<String> names() {
    return new TreeMap<>(taskQueues).keySet();
  }
}
