package io.followthrough.activities.store.queue;

import java.time.Instant;

/** A human task as the inbox shows it. {@code contextRef} is resolved by the console, not here. */
public record QueueTask(
    String taskId,
    String workflowId,
    String outcomeType,
    String role,
    int priority,
    Instant dueAt,
    String status,
    String claimedBy,
    Instant snoozedUntil,
    String snoozeReason,
    String contextRef,
    Instant openedAt) {}
