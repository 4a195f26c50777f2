package io.followthrough.workers.ops;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.followthrough.activities.store.analytics.AgeBucket;
import io.followthrough.activities.store.analytics.FunnelStep;
import java.util.List;

/**
 * The analytics page in one answer: every figure from the ops store's {@code OpsAnalytics} over the
 * same filter.
 *
 * @param funnel outcomes that reached each stage, per outcome type, stages in usual order
 * @param fallOut of the outcomes that reached one stage, how many reached the next one
 * @param latency time to next step per outcome type and stage (p50/p90 in seconds)
 * @param escalations escalation events by reason and rung, most frequent first
 * @param completion outcome totals and completion rate
 * @param openByAge open outcomes by age bucket ({@code <1h, 1h-24h, 1d-7d, >7d})
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AnalyticsReport(
    List<FunnelStep> funnel,
    FallOutRate fallOut,
    List<Latency> latency,
    List<Escalation> escalations,
    Completion completion,
    List<AgeBucket> openByAge) {

  /** Fall-out between two stages; {@code rate} = fellOut / reachedFrom (0 when none). */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record FallOutRate(
      String fromStage,
      String toStage,
      long reachedFrom,
      long reachedTo,
      long fellOut,
      long inProgress,
      double rate) {}

  /** Time from entering a stage to the next step over finished stays. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Latency(
      String outcomeType, String stage, double p50Seconds, double p90Seconds, long count) {}

  /** Escalations of one reason at one rung. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Escalation(String reason, int rung, long count) {}

  /** Outcome totals; {@code rate} = completed / (completed + failed), 0 when none closed. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Completion(long total, long completed, long failed, long open, double rate) {}
}
