package io.followthrough.testkit;

import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.sdk.TimelineEntry;
import io.followthrough.sdk.TimelineKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineAssertTest {
  static final List<TimelineEntry> TIMELINE =
      List.of(
          new TimelineEntry(1, TimelineKind.STAGE_ENTERED, "call", 0, 0, "call"),
          new TimelineEntry(2, TimelineKind.ATTEMPT, "call", 1, 0, "call"),
          new TimelineEntry(3, TimelineKind.ESCALATED, "call", 1, 1, "sms-1"),
          new TimelineEntry(4, TimelineKind.ESCALATED, "call", 1, 2, "staff"),
          new TimelineEntry(5, TimelineKind.COMPLETED, "completed", 0, 0, "done"));

  @Test
  void passesOnWhatHappened() {
    assertThat(TIMELINE)
        .stagesInOrder("call")
        .reachedStage("call")
        .neverReachedStage("schedule")
        .attempts("call", 1)
        .escalatedTo(2)
        .escalatedThrough("staff")
        .hasNoEntry(TimelineKind.TASK_OPENED)
        .completed()
        .timesAreOrdered();
    assertEquals(2, assertThat(TIMELINE).first(TimelineKind.ATTEMPT, "call").atMillis());
  }

  @Test
  void failsWithTheTimelineInTheMessage() {
    AssertionError e =
        assertThrows(AssertionError.class, () -> assertThat(TIMELINE).escalatedTo(3));
    assertTrue(e.getMessage().startsWith("expected highest escalation level 3 but was 2"));
    assertTrue(e.getMessage().contains("ESCALATED call #1 L2 staff"), e.getMessage());
    assertThrows(AssertionError.class, () -> assertThat(TIMELINE).reachedStage("schedule"));
    assertThrows(AssertionError.class, () -> assertThat(TIMELINE).neverEscalated());
    assertThrows(AssertionError.class, () -> assertThat(TIMELINE).attempts("call", 2));
    assertThrows(AssertionError.class, () -> assertThat(List.of()).completed());
    assertThrows(
        AssertionError.class,
        () ->
            assertThat(
                    List.of(
                        new TimelineEntry(9, TimelineKind.NOTE, "a", 0, 0, "x"),
                        new TimelineEntry(8, TimelineKind.NOTE, "a", 0, 0, "y")))
                .timesAreOrdered());
  }
}
