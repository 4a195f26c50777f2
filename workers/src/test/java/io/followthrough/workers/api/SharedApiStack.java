package io.followthrough.workers.api;

import io.followthrough.intake.FaxIntakeWorkflow;
import io.followthrough.sdk.OutcomeState;
import io.followthrough.workers.dev.DevStack;
import io.followthrough.workers.intake.DocumentIntake;
import io.followthrough.workers.intake.IngestReceipt;
import io.temporal.client.WorkflowClient;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The JVM's shared dev stack of the API tests ({@link ApiStack}), for tests in other packages (the
 * gRPC API and the CLI verbs over it): one stack per test JVM instead of one per class.
 */
public final class SharedApiStack {

  private SharedApiStack() {}

  public static DevStack stack() {
    return ApiStack.shared().stack;
  }

  /** Base URL of the HTTP API, without a trailing slash. */
  public static String httpUrl() {
    return ApiStack.shared().url;
  }

  /** A dev-login token for {@code user} acting as {@code role}. */
  public static String token(String user, String role) {
    return ApiStack.shared().token(user, role);
  }

  /**
   * A damaged "fax" taken into intake: its FaxIntake workflow opens a coordinator review task at
   * once, which is queued in the ledger as the workflow would. Returns the queue task id.
   */
  public static String openReviewTask() throws Exception {
    byte[] bytes =
        ("%PDF-1.7\n% not really a pdf " + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
    IngestReceipt fax = stack().bean(DocumentIntake.class).ingest(bytes, "fax:test", true);
    FaxIntakeWorkflow workflow =
        stack()
            .bean(WorkflowClient.class)
            .newWorkflowStub(FaxIntakeWorkflow.class, fax.workflowId());
    OutcomeState state = ApiStack.eventually(workflow::state, OutcomeState::needsHuman);
    if (!state.needsHuman()) {
      throw new AssertionError("no review task opened: " + state);
    }
    String taskId = fax.workflowId() + "/" + state.tasks().get(0).id();
    openTask(fax.workflowId(), "fax-intake", "review", taskId, "coordinator", 2);
    return taskId;
  }

  /** Records, as a workflow would, that {@code workflowId} opened queue task {@code taskId}. */
  public static void openTask(
      String workflowId,
      String outcomeType,
      String stage,
      String taskId,
      String role,
      int priority) {
    ApiStack.shared().openTask(workflowId, outcomeType, stage, taskId, role, priority);
  }
}
