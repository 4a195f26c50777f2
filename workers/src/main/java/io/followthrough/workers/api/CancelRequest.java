package io.followthrough.workers.api;

/** Body of {@code POST /api/outcomes/{workflowId}/cancel}: why, as a code. */
public record CancelRequest(String reasonCode) {}
