package io.followthrough.workers.api;

/** Body of {@code POST /api/tasks/{taskId}/resolve}: the decision code, e.g. {@code referral}. */
public record ResolveRequest(String resolution) {}
