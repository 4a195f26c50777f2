package io.followthrough.activities.ai;

/**
 * Where a value was read.
 *
 * @param page 1-based page number
 * @param start first character of the value in that page's text
 * @param end one past the last character
 */
public record Evidence(int page, int start, int end) {}
