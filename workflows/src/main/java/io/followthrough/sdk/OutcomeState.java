package io.followthrough.sdk;

import java.util.List;

/**
 * Where an outcome stands now, as returned by {@link OutcomeQueries#state()}. Mirrors the search
 * attributes of {@link OutcomeSearchAttributes} plus the open human tasks. No PHI.
 *
 * @param outcomeType outcome type, e.g. {@code lab-result-follow-up}
 * @param stage current stage name ({@code "started"} before the first stage)
 * @param attempt current attempt within the stage, 0 for waiting stages
 * @param escalationLevel current rung of the active ladder; 0 when nothing has escalated
 * @param owner role or staff id that owns the outcome now
 * @param needsHuman whether a human task is open
 * @param dueAtMillis when the current stage's deadline falls, or null when it has none
 * @param tasks human tasks opened so far, open and closed
 * @param completed whether the outcome reached its end
 */
public record OutcomeState(
    String outcomeType,
    String stage,
    int attempt,
    int escalationLevel,
    String owner,
    boolean needsHuman,
    Long dueAtMillis,
    List<HumanTask> tasks,
    boolean completed) {}
