package io.followthrough.activities.store.analytics;

/**
 * Time from entering a stage to the next step (next stage or close), over finished stays.
 * Percentiles are continuous (interpolated), in milliseconds.
 */
public record StageLatency(
    String outcomeType, String stage, long stays, double p50Ms, double p90Ms) {}
