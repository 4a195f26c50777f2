package io.followthrough.sdk;

import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;

/**
 * The Update through which people complete {@link HumanTask}s. Outcome workflow interfaces that
 * open human tasks extend this interface; {@link OutcomeWorkflowBase} implements it, or an
 * implementation delegates to its own {@link Outcome}:
 *
 * <pre>{@code
 * public TaskReceipt completeTask(TaskCompletion c) { return outcome.completeTask(c); }
 * public void validateCompleteTask(TaskCompletion c) { outcome.validateTaskCompletion(c); }
 * }</pre>
 *
 * <p>The validator rejects, before anything is written to history, a completion for an unknown task
 * id, for a task that is no longer open (completed, escalated to another role or superseded), or
 * from the wrong role. The rejection message says which.
 */
public interface HumanTaskUpdates {

  /** Update name, for clients that call it untyped (CLI, HTTP API). */
  String COMPLETE_TASK = "completeTask";

  /** Completes an open task; the workflow carries on from where it waited. */
  @UpdateMethod(name = COMPLETE_TASK)
  TaskReceipt completeTask(TaskCompletion completion);

  /** Rejects a completion that does not match an open task; see the class comment. */
  @UpdateValidatorMethod(updateName = COMPLETE_TASK)
  void validateCompleteTask(TaskCompletion completion);
}
