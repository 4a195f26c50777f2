package io.followthrough.workers.ops;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.followthrough.sdk.TimelineEntry;
import java.time.Instant;

/**
 * One line of an outcome's timeline as the API shows it: the SDK's {@link TimelineEntry} with its
 * time also as an ISO-8601 instant.
 *
 * @param at ISO-8601 workflow time
 * @param atMillis the same, epoch milliseconds
 * @param kind e.g. {@code STAGE_ENTERED}, {@code TASK_OPENED}, {@code ESCALATED}
 * @param stage stage the outcome was in
 * @param attempt attempt within the stage, 0 when not about an attempt
 * @param level escalation level after the event
 * @param code short non-PHI detail (rung, task id, failure type, note)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TimelineItem(
    String at, long atMillis, String kind, String stage, int attempt, int level, String code) {

  static TimelineItem of(TimelineEntry entry) {
    return new TimelineItem(
        Instant.ofEpochMilli(entry.atMillis()).toString(),
        entry.atMillis(),
        entry.kind() == null ? null : entry.kind().name(),
        entry.stage(),
        entry.attempt(),
        entry.level(),
        entry.code());
  }
}
