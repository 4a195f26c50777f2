package io.followthrough.activities.practice;

/**
 * What an idempotency key was first used for, so a repeat returns the same result.
 *
 * @param operation e.g. {@code book}
 * @param fingerprint SHA-256 of the call's arguments (no PHI in the snapshot's key table)
 * @param resultRef the reference the first call produced
 */
record KeyedCall(String operation, String fingerprint, String resultRef) {}
