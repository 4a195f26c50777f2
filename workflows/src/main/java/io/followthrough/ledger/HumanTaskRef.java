package io.followthrough.ledger;

import java.time.Instant;

/**
 * The queue entry of a human task, carried by {@link LedgerEventType#HUMAN_TASK_OPENED} and {@link
 * LedgerEventType#HUMAN_TASK_RESOLVED} events. No PHI: the context is a reference the console
 * resolves under access control, never the text itself.
 *
 * @param taskId stable task id, unique across outcomes (e.g. {@code <workflowId>/verify-insurance})
 * @param role role expected to act, e.g. {@code coordinator}
 * @param priority 1 (most urgent) .. 5
 * @param dueAt when the task escalates if untouched; may be null
 * @param contextRef opaque reference to the task's context (e.g. a document id hash); may be null
 */
public record HumanTaskRef(
    String taskId, String role, int priority, Instant dueAt, String contextRef) {

  public HumanTaskRef {
    LedgerCodes.requireCode("taskId", taskId, 200);
    LedgerCodes.requireCode("role", role, 64);
    if (priority < 1 || priority > 5) {
      throw new IllegalArgumentException("priority must be 1..5, was " + priority);
    }
    if (contextRef != null) {
      LedgerCodes.requireCode("contextRef", contextRef, 200);
    }
  }

  /** Reference to an existing task, as carried by a resolved event. */
  public static HumanTaskRef of(String taskId, String role) {
    return new HumanTaskRef(taskId, role, 3, null, null);
  }
}
