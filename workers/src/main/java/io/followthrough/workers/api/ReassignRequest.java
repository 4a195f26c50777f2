package io.followthrough.workers.api;

/** Body of {@code POST /api/tasks/{taskId}/reassign}: who gets the task. */
public record ReassignRequest(String staffId) {}
