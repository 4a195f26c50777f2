package io.followthrough.sdk;

import java.util.List;

/**
 * An outcome's state and timeline, carried into the next run by continue-as-new ({@link
 * HistoryGuard}) and restored with {@link Outcome#restore}.
 *
 * @param state state at hand-over
 * @param timeline timeline so far
 * @param taskCounter how many human tasks were opened, so task ids stay unique
 */
public record OutcomeSnapshot(OutcomeState state, List<TimelineEntry> timeline, int taskCounter) {}
