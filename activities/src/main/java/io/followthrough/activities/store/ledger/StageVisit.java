package io.followthrough.activities.store.ledger;

import java.time.Instant;

/**
 * One stay of an outcome in a stage: a row of {@code stage_visit}. {@code leftAt} and {@code
 * durationMs} (the time to the next step) are null while the outcome is still in the stage.
 */
public record StageVisit(
    int visitNo, String stage, Instant enteredAt, Instant leftAt, Long durationMs) {}
