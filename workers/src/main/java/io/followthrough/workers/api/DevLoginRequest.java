package io.followthrough.workers.api;

/** Body of {@code POST /api/auth/dev-login}: a staff id and one of the four staff roles. */
public record DevLoginRequest(String user, String role) {}
