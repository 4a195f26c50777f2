package io.followthrough.practice;

/**
 * The result of {@link PracticeActivities#checkCoverage}.
 *
 * @param state eligibility
 * @param reasonCode why, as a code: {@code eligible}, {@code terminated}, {@code
 *     not-yet-effective}, {@code member-not-found}, {@code payer-mismatch}, {@code
 *     payer-not-connected}, {@code no-coverage-on-file}
 */
public record CoverageStatus(CoverageState state, String reasonCode) {}
