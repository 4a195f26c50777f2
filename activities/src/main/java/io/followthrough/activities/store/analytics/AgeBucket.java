package io.followthrough.activities.store.analytics;

/** Open outcomes whose age (now − started) falls in a bucket: {@code <1h, 1h-24h, 1d-7d, >7d}. */
public record AgeBucket(String label, long openOutcomes) {}
