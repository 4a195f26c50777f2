package io.followthrough.refill;

/**
 * How a refill request ended (codes only, no PHI).
 *
 * @param status e.g. {@code approved-confirmed}, {@code denied-confirmed}, {@code visit-booked},
 *     {@code closed-by-staff}
 * @param decision the prescriber's decision code, or null when none was taken
 */
public record RefillResult(String status, String decision) {}
