package io.followthrough.workers.ops;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A task resolved through its workflow's {@code completeTask} Update.
 *
 * @param taskId queue task id
 * @param workflowId the outcome
 * @param workflowTaskId the task's id in the workflow
 * @param resolution the decision
 * @param by staff id
 * @param completedAt ISO-8601 workflow time of completion (from the Update's receipt)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ResolvedTask(
    String taskId,
    String workflowId,
    String workflowTaskId,
    String resolution,
    String by,
    String completedAt) {}
