package io.followthrough.workers.api;

/**
 * Body of {@code POST /api/tasks/{taskId}/snooze}.
 *
 * @param until ISO-8601 instant in the future
 * @param reasonCode lower-case code, e.g. {@code awaiting-callback}
 */
public record SnoozeRequest(String until, String reasonCode) {}
