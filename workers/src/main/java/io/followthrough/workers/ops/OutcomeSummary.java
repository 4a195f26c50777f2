package io.followthrough.workers.ops;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One outcome as listed by the API: identifiers, status and stage, never PHI.
 *
 * @param workflowId business-keyed workflow id, e.g. {@code lab-result-follow-up/R-1}
 * @param type workflow type
 * @param status Temporal status, e.g. {@code Running}
 * @param stage current {@code OutcomeStage}, empty when not set
 * @param startTime ISO-8601 start time
 * @param outcomeType {@code OutcomeType} search attribute, null when not set
 * @param owner {@code Owner} search attribute, null when not set
 * @param needsHuman {@code NeedsHuman} search attribute, null when not set
 * @param closeTime ISO-8601 close time, null while running
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OutcomeSummary(
    String workflowId,
    String type,
    String status,
    String stage,
    String startTime,
    String outcomeType,
    String owner,
    Boolean needsHuman,
    String closeTime) {}
