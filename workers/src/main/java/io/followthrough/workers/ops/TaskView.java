package io.followthrough.workers.ops;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * One exception-inbox task: the queue row (ops store) joined with the workflow's open human task
 * ({@code state} query). Ids, codes and times only. Times are ISO-8601 instants or null.
 *
 * @param taskId queue task id, unique across outcomes (by convention {@code
 *     <workflowId>/<workflowTaskId>})
 * @param workflowId the outcome's workflow
 * @param workflowTaskId the task's id inside the workflow (what the {@code completeTask} Update
 *     names), e.g. {@code review-1}
 * @param outcomeType e.g. {@code fax-intake}
 * @param role role expected to act
 * @param priority 1 (most urgent) .. 5
 * @param dueAt when the task escalates if untouched
 * @param status {@code open}, {@code claimed}, {@code snoozed} or {@code resolved}
 * @param claimedBy staff id holding the task
 * @param snoozedUntil end of the snooze
 * @param snoozeReason snooze reason code
 * @param openedAt when the task opened
 * @param reason why a person is needed (workflow), null when the workflow did not answer
 * @param stage the outcome's current stage (workflow), null when it did not answer
 * @param context the task's non-PHI context (workflow), empty when it did not answer
 * @param contextRef the queue's context reference (e.g. a document id), may be null
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TaskView(
    String taskId,
    String workflowId,
    String workflowTaskId,
    String outcomeType,
    String role,
    int priority,
    String dueAt,
    String status,
    String claimedBy,
    String snoozedUntil,
    String snoozeReason,
    String openedAt,
    String reason,
    String stage,
    Map<String, String> context,
    String contextRef) {}
