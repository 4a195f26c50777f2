package io.followthrough.activities.store.ledger;

import io.followthrough.activities.metrics.MetricLabels;
import io.followthrough.ledger.LedgerEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Outcome metrics derived where ledger events are projected, from the events a transaction stored
 * for the first time: a replayed or retried event is not new, so nothing is counted twice. Stage
 * latency is the time from entering a stage to the next step (next stage, completion or failure),
 * as the projection's {@code stage_visit} rows hold it. Labels are codes only (outcome type, stage,
 * event, rung, reason, role), passed through {@link MetricLabels#code}; never workflow ids, task
 * ids, owners or references. docs/metrics.md lists every series.
 */
public final class LedgerMetrics {

  /** Histogram buckets of stage latency: outcome stages last minutes to weeks. */
  static final Duration[] STAGE_BUCKETS = {
    Duration.ofMinutes(1),
    Duration.ofMinutes(5),
    Duration.ofMinutes(15),
    Duration.ofHours(1),
    Duration.ofHours(4),
    Duration.ofHours(12),
    Duration.ofDays(1),
    Duration.ofDays(2),
    Duration.ofDays(3),
    Duration.ofDays(7),
    Duration.ofDays(14),
    Duration.ofDays(30)
  };

  private final MeterRegistry registry;

  public LedgerMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Metrics into Micrometer's global registry, which the worker app joins to /prometheus. */
  public static LedgerMetrics global() {
    return new LedgerMetrics(Metrics.globalRegistry);
  }

  /** Counts nothing (a registry with no exporter). */
  public static LedgerMetrics none() {
    return new LedgerMetrics(new CompositeMeterRegistry());
  }

  /**
   * Observes one outcome after a transaction stored {@code newKeys} among its events.
   *
   * @param stored every stored event of the outcome, the new ones included, in any order
   * @param newKeys idempotency keys of the events this transaction inserted
   */
  void observe(List<LedgerEvent> stored, Set<String> newKeys) {
    if (newKeys.isEmpty() || stored.isEmpty()) {
      return;
    }
    List<LedgerEvent> sorted = new ArrayList<>(stored);
    sorted.sort(OutcomeProjection.ORDER);
    String type = MetricLabels.code(sorted.get(0).outcomeType());
    if (newKeys.size() == sorted.size()) {
      counter(
              "followthrough.outcomes.started",
              "Outcomes seen for the first time",
              "outcome_type",
              type)
          .increment();
    }
    // Walk the events as OutcomeProjection.fold does, to know each event's stage and the open stay.
    String stage = null;
    Instant enteredAt = null;
    boolean inStage = false;
    for (LedgerEvent e : sorted) {
      boolean isNew = newKeys.contains(e.idempotencyKey());
      Instant t = e.workflowTime();
      switch (e.type()) {
        case STAGE_CHANGED -> {
          if (inStage && isNew) {
            stageLeft(type, stage, Duration.between(enteredAt, t));
          }
          stage = e.stage();
          enteredAt = t;
          inStage = true;
        }
        case COMPLETED, FAILED -> {
          if (inStage && isNew) {
            stageLeft(type, stage, Duration.between(enteredAt, t));
          }
          inStage = false;
          if (isNew) {
            closed(e, type, stage);
          }
        }
        case ESCALATED -> {
          if (isNew) {
            counter(
                    "followthrough.outcomes.escalated",
                    "Escalations by rung and reason",
                    "outcome_type",
                    type,
                    "stage",
                    MetricLabels.code(stage),
                    "rung",
                    Integer.toString(Math.min(e.rung(), 99)),
                    "reason",
                    MetricLabels.code(e.reasonCode()))
                .increment();
          }
        }
        case HUMAN_TASK_OPENED -> {
          if (isNew) {
            counter(
                    "followthrough.human.tasks.opened",
                    "Human tasks opened",
                    "outcome_type",
                    type,
                    "role",
                    MetricLabels.code(e.task().role()))
                .increment();
          }
        }
        case HUMAN_TASK_RESOLVED -> {
          if (isNew) {
            counter(
                    "followthrough.human.tasks.resolved",
                    "Human tasks resolved",
                    "outcome_type",
                    type,
                    "role",
                    MetricLabels.code(e.task().role()),
                    "resolution",
                    MetricLabels.code(e.reasonCode()))
                .increment();
          }
        }
        case ATTEMPT -> {
          // Counted by the events counter only.
        }
      }
      if (isNew) {
        counter(
                "followthrough.ledger.events",
                "Ledger events stored for the first time",
                "outcome_type",
                type,
                "event",
                e.type().code())
            .increment();
      }
    }
  }

  private void closed(LedgerEvent e, String type, String stage) {
    switch (e.type()) {
      case COMPLETED ->
          counter("followthrough.outcomes.completed", "Outcomes completed", "outcome_type", type)
              .increment();
      case FAILED ->
          counter(
                  "followthrough.outcomes.failed",
                  "Outcomes closed without their result",
                  "outcome_type",
                  type,
                  "stage",
                  MetricLabels.code(stage),
                  "reason",
                  MetricLabels.code(e.reasonCode()))
              .increment();
      default -> throw new IllegalArgumentException("not a closing event: " + e.type());
    }
  }

  private void stageLeft(String type, String stage, Duration stay) {
    Timer.builder("followthrough.stage.duration")
        .description("Time from entering a stage to the next step (workflow time)")
        .tags("outcome_type", type, "stage", MetricLabels.code(stage))
        .serviceLevelObjectives(STAGE_BUCKETS)
        .register(registry)
        .record(stay.isNegative() ? Duration.ZERO : stay);
  }

  private Counter counter(String name, String description, String... tags) {
    return Counter.builder(name).description(description).tags(tags).register(registry);
  }
}
