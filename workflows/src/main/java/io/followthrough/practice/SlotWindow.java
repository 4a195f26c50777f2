package io.followthrough.practice;

import java.time.Instant;

/**
 * A half-open time range {@code [from, to)} to search for slots in.
 *
 * @param from earliest slot start (inclusive)
 * @param to latest slot start (exclusive)
 */
public record SlotWindow(Instant from, Instant to) {}
