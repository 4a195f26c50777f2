package io.followthrough.activities.store.analytics;

/** How many outcomes of a type reached a stage. */
public record FunnelStep(String outcomeType, String stage, long outcomes) {}
