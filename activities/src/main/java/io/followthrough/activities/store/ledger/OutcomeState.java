package io.followthrough.activities.store.ledger;

import java.time.Instant;

/**
 * A row of the {@code outcome} projection. {@code status} is open, completed or failed; {@code
 * site} is the first site code its events carried, or null.
 */
public record OutcomeState(
    String workflowId,
    String runId,
    String outcomeType,
    String currentStage,
    String status,
    String owner,
    int openTasks,
    int escalationLevel,
    int maxEscalationLevel,
    String lastReasonCode,
    Instant startedAt,
    Instant closedAt,
    Instant lastEventAt,
    int eventCount,
    String site) {

  public boolean needsHuman() {
    return openTasks > 0;
  }
}
