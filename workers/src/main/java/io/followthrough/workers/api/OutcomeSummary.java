package io.followthrough.workers.api;

/**
 * One outcome as listed by the API: identifiers, status and stage, never PHI.
 *
 * @param workflowId business-keyed workflow id, e.g. {@code lab-result-follow-up/R-1}
 * @param type workflow type
 * @param status Temporal status, e.g. {@code Running}
 * @param stage current {@code OutcomeStage}, empty when not set
 * @param startTime ISO-8601 start time
 */
public record OutcomeSummary(
    String workflowId, String type, String status, String stage, String startTime) {}
