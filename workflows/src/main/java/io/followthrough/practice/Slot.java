package io.followthrough.practice;

import java.time.Instant;

/**
 * A free appointment slot.
 *
 * @param slotId stable slot reference, e.g. {@code slot-0412}
 * @param providerRef the provider, e.g. {@code prov-03}
 * @param specialty lower-case specialty code, e.g. {@code cardiology}
 * @param start start time
 * @param minutes length in minutes
 * @param urgentHold whether the practice holds this slot for urgent referrals
 */
public record Slot(
    String slotId,
    String providerRef,
    String specialty,
    Instant start,
    int minutes,
    boolean urgentHold) {}
