package io.followthrough.activities.payer;

import io.followthrough.priorauth.SchedulingNotice;
import java.time.Instant;

/**
 * A notice in the sandbox scheduling queue.
 *
 * @param id e.g. {@code notice-0001}
 * @param idempotencyKey the key it came with
 * @param notice what it says (refs and codes)
 * @param at when it arrived
 */
public record PostedNotice(String id, String idempotencyKey, SchedulingNotice notice, Instant at) {}
