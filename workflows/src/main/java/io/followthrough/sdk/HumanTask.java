package io.followthrough.sdk;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Map;

/**
 * A task for a role, with the context a person needs to act (non-PHI codes and references only).
 * Opened by {@link Outcome#awaitHumanTask}, completed through {@link HumanTaskUpdates}.
 *
 * @param id deterministic id, {@code <stage>-<n>}
 * @param role role that must complete it, e.g. {@code supervisor}
 * @param reason short code saying why a person is needed
 * @param context non-PHI references, e.g. {@code resultId}
 * @param openedAtMillis workflow time the task was opened
 * @param dueAtMillis when it escalates if nobody answers, or null when it never does
 * @param status current status
 * @param completedBy staff id of the person who completed it, or null
 * @param resolution the person's resolution code, or null
 */
public record HumanTask(
    String id,
    String role,
    String reason,
    Map<String, String> context,
    long openedAtMillis,
    Long dueAtMillis,
    Status status,
    String completedBy,
    String resolution) {

  /** Life cycle of a task. */
  public enum Status {
    /** Waiting for a person of {@link #role()}. */
    OPEN,
    /** Completed by a person. */
    COMPLETED,
    /** Nobody answered in time; a new task went to the next role. */
    ESCALATED,
    /** The world answered first (e.g. the awaited signal arrived); nobody needs to act. */
    SUPERSEDED
  }

  /** Whether a person may still complete it. */
  @JsonIgnore
  public boolean isOpen() {
    return status == Status.OPEN;
  }

  /** A copy with a new status; used by the SDK when the task closes. */
  public HumanTask closedAs(Status newStatus, String by, String resolutionCode) {
    return new HumanTask(
        id, role, reason, context, openedAtMillis, dueAtMillis, newStatus, by, resolutionCode);
  }
}
