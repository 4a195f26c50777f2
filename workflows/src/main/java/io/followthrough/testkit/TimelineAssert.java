package io.followthrough.testkit;

import io.followthrough.sdk.TimelineEntry;
import io.followthrough.sdk.TimelineKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Fluent checks on an outcome timeline; each throws {@link AssertionError} with the timeline in the
 * message. Start with {@link OutcomeAssertions#assertThat(List)}.
 */
public final class TimelineAssert {
  private final List<TimelineEntry> timeline;

  TimelineAssert(List<TimelineEntry> timeline) {
    this.timeline = List.copyOf(Objects.requireNonNull(timeline, "timeline"));
  }

  /** The outcome entered {@code stage}. */
  public TimelineAssert reachedStage(String stage) {
    check(stagesEntered().contains(stage), "expected stage " + stage + " to be entered");
    return this;
  }

  /** The outcome never entered {@code stage}. */
  public TimelineAssert neverReachedStage(String stage) {
    check(!stagesEntered().contains(stage), "expected stage " + stage + " never to be entered");
    return this;
  }

  /** Exactly these stages were entered, in this order. */
  public TimelineAssert stagesInOrder(String... stages) {
    check(stagesEntered().equals(List.of(stages)), "expected stages " + List.of(stages));
    return this;
  }

  /** The highest escalation level reached is exactly {@code level}. */
  public TimelineAssert escalatedTo(int level) {
    int max = timeline.stream().mapToInt(TimelineEntry::level).max().orElse(0);
    check(max == level, "expected highest escalation level " + level + " but was " + max);
    return this;
  }

  /** Nothing escalated. */
  public TimelineAssert neverEscalated() {
    return escalatedTo(0);
  }

  /** An escalation with this code (rung name, or {@code task:<role>}) happened. */
  public TimelineAssert escalatedThrough(String code) {
    return hasEntry(TimelineKind.ESCALATED, code);
  }

  /** {@code stage} recorded exactly {@code attempts} attempts. */
  public TimelineAssert attempts(String stage, int attempts) {
    long n = timeline.stream().filter(e -> is(e, TimelineKind.ATTEMPT, stage)).count();
    check(n == attempts, "expected " + attempts + " attempts of " + stage + " but saw " + n);
    return this;
  }

  /** Some entry has this kind and code. */
  public TimelineAssert hasEntry(TimelineKind kind, String code) {
    boolean found =
        timeline.stream().anyMatch(e -> e.kind() == kind && Objects.equals(e.code(), code));
    check(found, "expected an entry " + kind + " " + code);
    return this;
  }

  /** No entry has this kind. */
  public TimelineAssert hasNoEntry(TimelineKind kind) {
    check(timeline.stream().noneMatch(e -> e.kind() == kind), "expected no " + kind + " entry");
    return this;
  }

  /** The outcome completed. */
  public TimelineAssert completed() {
    boolean found = timeline.stream().anyMatch(e -> e.kind() == TimelineKind.COMPLETED);
    check(found, "expected the outcome to complete");
    return this;
  }

  /** Workflow times never go backwards. */
  public TimelineAssert timesAreOrdered() {
    for (int i = 1; i < timeline.size(); i++) {
      check(
          timeline.get(i).atMillis() >= timeline.get(i - 1).atMillis(),
          "timeline time went backwards at entry " + i);
    }
    return this;
  }

  /** The first entry of {@code kind} in {@code stage}; fails when there is none. */
  public TimelineEntry first(TimelineKind kind, String stage) {
    return timeline.stream()
        .filter(e -> e.kind() == kind && e.stage().equals(stage))
        .findFirst()
        .orElseThrow(() -> failure("expected an entry " + kind + " in stage " + stage));
  }

  private List<String> stagesEntered() {
    List<String> stages = new ArrayList<>();
    timeline.stream()
        .filter(e -> e.kind() == TimelineKind.STAGE_ENTERED)
        .forEach(e -> stages.add(e.code()));
    return stages;
  }

  private static boolean is(TimelineEntry e, TimelineKind kind, String stage) {
    return e.kind() == kind && e.stage().equals(stage);
  }

  private void check(boolean ok, String message) {
    if (!ok) {
      throw failure(message);
    }
  }

  private AssertionError failure(String message) {
    StringBuilder sb = new StringBuilder(message).append("; timeline:");
    timeline.forEach(
        e ->
            sb.append("\n  ")
                .append(e.atMillis())
                .append(' ')
                .append(e.kind())
                .append(' ')
                .append(e.stage())
                .append(" #")
                .append(e.attempt())
                .append(" L")
                .append(e.level())
                .append(' ')
                .append(e.code()));
    return new AssertionError(sb.toString());
  }
}
