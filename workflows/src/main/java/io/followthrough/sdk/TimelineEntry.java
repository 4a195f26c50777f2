package io.followthrough.sdk;

/**
 * One line of an outcome's timeline, as returned by {@link OutcomeQueries#timeline()}.
 *
 * <p>By convention no field carries PHI: stages, rungs and codes are names chosen by the workflow
 * author, never free text from documents or patients.
 *
 * @param atMillis workflow time ({@code Workflow.currentTimeMillis()}) of the event
 * @param kind what happened
 * @param stage stage the outcome was in
 * @param attempt attempt number within the stage (1-based), 0 when not about an attempt
 * @param level escalation level after the event
 * @param code short non-PHI detail: rung name, task id, failure type, note code
 */
public record TimelineEntry(
    long atMillis, TimelineKind kind, String stage, int attempt, int level, String code) {}
