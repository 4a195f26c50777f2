package io.followthrough.testkit;

import io.followthrough.sdk.TimelineEntry;
import java.util.List;

/** Entry point of the kit's assertions. */
public final class OutcomeAssertions {
  private OutcomeAssertions() {}

  /**
   * Fluent checks on a timeline (from the {@code timeline} query), e.g. {@code
   * assertThat(wf.timeline()).reachedStage("notify-patient").escalatedTo(3).completed()}.
   */
  public static TimelineAssert assertThat(List<TimelineEntry> timeline) {
    return new TimelineAssert(timeline);
  }
}
