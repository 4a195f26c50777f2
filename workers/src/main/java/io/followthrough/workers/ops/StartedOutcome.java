package io.followthrough.workers.ops;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A started outcome.
 *
 * @param workflowId the id asked for
 * @param runId the new run
 * @param workflowType the type started
 * @param taskQueue where its worker polls
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StartedOutcome(
    String workflowId, String runId, String workflowType, String taskQueue) {}
