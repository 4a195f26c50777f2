package io.followthrough.testkit;

import io.temporal.testing.WorkflowReplayer;

/**
 * Replays recorded histories against the current workflow code. A non-deterministic change (one not
 * guarded by {@code Workflow.getVersion}) makes the replay throw. Record a history with {@link
 * OutcomeTestEnvironment#exportHistory} and commit it under {@code src/test/resources}.
 */
public final class HistoryReplay {
  private HistoryReplay() {}

  /**
   * Replays the history JSON at classpath {@code resource} (e.g. {@code
   * "histories/happy-path.json"}) with the given workflow implementation classes.
   *
   * @throws Exception when the history does not replay (non-determinism or a workflow error)
   */
  public static void replayResource(String resource, Class<?> workflowType, Class<?>... more)
      throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(resource, workflowType, more);
  }

  /** Replays a history given as Temporal JSON text. */
  public static void replayJson(String historyJson, Class<?> workflowType, Class<?>... more)
      throws Exception {
    WorkflowReplayer.replayWorkflowExecution(historyJson, workflowType, more);
  }
}
