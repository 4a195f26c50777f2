package io.followthrough.activities.store.analytics;

/** Escalation events by reason code ({@code unspecified} when none) and rung. */
public record EscalationCount(String reasonCode, int rung, long escalations) {}
