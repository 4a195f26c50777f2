package io.followthrough.sdk;

/**
 * What the {@link HumanTaskUpdates#COMPLETE_TASK} Update returns to the person who completed a
 * task.
 *
 * @param taskId the completed task
 * @param completedAtMillis workflow time of completion
 */
public record TaskReceipt(String taskId, long completedAtMillis) {}
