/**
 * The practice-system contract: what outcome workflows ask of a practice management system / EHR
 * ({@link io.followthrough.practice.PracticeActivities}) and the small records they exchange.
 * Deterministic and free of I/O; the sandbox implementation lives in {@code
 * io.followthrough.activities.practice}. Workflows hold patient, provider, slot and appointment
 * <em>references</em>, never demographics, so histories, logs and search attributes stay free of
 * PHI beyond the match query itself.
 */
package io.followthrough.practice;
