package io.followthrough.priorauth;

/**
 * How a prior authorization ended.
 *
 * @param disposition {@code approved}, {@code not-required}, {@code appeal-abandoned} or {@code
 *     final-<resolution>} (a person's final decision, e.g. {@code final-accept-denial})
 * @param authNumber the payer's authorization number when approved, else null
 * @param appeals how many appeals were submitted
 * @param schedulerTold whether the scheduling queue took the notice
 */
public record PriorAuthResult(
    String disposition, String authNumber, int appeals, boolean schedulerTold) {}
