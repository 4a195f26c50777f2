package io.followthrough.workers.triggers;

import io.followthrough.workers.ops.WorkflowTypes;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts an outcome workflow at most once per workflow id, on the task queue of the module that
 * registered its type. The id is the outcome's business key, so a trigger fired twice (a
 * redelivered event, a retried webhook) finds the outcome it started the first time.
 */
public class OutcomeStarter {
  private static final Logger log = LoggerFactory.getLogger(OutcomeStarter.class);

  /** What a start attempt did. */
  public enum Started {
    /** A new run began. */
    STARTED,
    /** The id has run (or runs) already: nothing started. */
    ALREADY_STARTED,
    /** Temporal could not be reached or the type is unknown: logged, nothing started. */
    FAILED
  }

  private final Supplier<WorkflowClient> client;
  private final WorkflowTypes types;

  /**
   * @param client the Temporal client, looked up per start (the HTTP layer starts before it is set)
   * @param types the workflow types the worker's modules registered, with their task queues
   */
  public OutcomeStarter(Supplier<WorkflowClient> client, WorkflowTypes types) {
    this.client = client;
    this.types = types;
  }

  /**
   * Starts {@code workflowType} with id {@code workflowId} and {@code input} (null: no argument)
   * unless that id has run before. Never throws: failures are logged by type and id only.
   */
  public Started startOnce(String workflowType, String workflowId, Object input) {
    String taskQueue = types.taskQueue(workflowType).orElse(null);
    if (taskQueue == null) {
      log.warn("no module registers workflow type {}: {} not started", workflowType, workflowId);
      return Started.FAILED;
    }
    WorkflowOptions options =
        WorkflowOptions.newBuilder()
            .setWorkflowId(workflowId)
            .setTaskQueue(taskQueue)
            .setWorkflowIdReusePolicy(
                WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
            .build();
    try {
      WorkflowStub stub = client.get().newUntypedWorkflowStub(workflowType, options);
      if (input == null) {
        stub.start();
      } else {
        stub.start(input);
      }
      log.info("started {} {}", workflowType, workflowId);
      return Started.STARTED;
    } catch (WorkflowExecutionAlreadyStarted e) {
      log.debug("{} exists already", workflowId);
      return Started.ALREADY_STARTED;
    } catch (RuntimeException e) {
      log.warn("{} not started ({})", workflowId, e.getClass().getSimpleName());
      return Started.FAILED;
    }
  }

  /** The Temporal client, for triggers that signal a running outcome instead of starting one. */
  public WorkflowClient client() {
    return client.get();
  }
}
