package io.followthrough.sdk;

import io.temporal.workflow.Workflow;
import java.util.Optional;

/**
 * Deterministic idempotency keys for outbound side effects. The same workflow, stage and step
 * always give the same key, across retries, worker restarts and replays, so a channel or EHR
 * adapter can drop a duplicate send. Keys hold the workflow id (a business key, never PHI by
 * convention) and contain no spaces.
 */
public final class IdempotencyKeys {
  private IdempotencyKeys() {}

  /**
   * {@code <workflowId>:<stage>:<step>}, e.g. {@code lab-result-follow-up/R-1:notify-patient:1}.
   */
  public static String of(String workflowId, String stage, int step) {
    return part(workflowId, "workflow id") + ":" + part(stage, "stage") + ":" + step;
  }

  /** {@link #of} for the running workflow; workflow code only. */
  public static String forStep(String stage, int step) {
    return of(Workflow.getInfo().getWorkflowId(), stage, step);
  }

  /**
   * The workflow a key made by {@link #of} belongs to: the part before the first {@code ':'}; empty
   * for a key of another shape (e.g. {@code demo-1}). Adapters use it to route a side effect's
   * consequences (a reply, an appointment event) back to the workflow that caused it.
   */
  public static Optional<String> workflowIdOf(String key) {
    int colon = key == null ? -1 : key.indexOf(':');
    return colon > 0 ? Optional.of(key.substring(0, colon)) : Optional.empty();
  }

  private static String part(String value, String what) {
    if (value == null || value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(what + " must be non-blank without whitespace");
    }
    return value;
  }
}
