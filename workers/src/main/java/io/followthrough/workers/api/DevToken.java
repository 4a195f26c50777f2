package io.followthrough.workers.api;

/**
 * Answer of {@code POST /api/auth/dev-login}.
 *
 * @param token the bearer token (HS256, signed with the dev data folder's secret)
 * @param user staff id
 * @param role role code
 * @param expiresIn seconds until the token expires
 */
public record DevToken(String token, String user, String role, int expiresIn) {}
