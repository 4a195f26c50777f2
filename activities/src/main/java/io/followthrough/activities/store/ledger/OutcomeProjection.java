package io.followthrough.activities.store.ledger;

import io.followthrough.ledger.HumanTaskRef;
import io.followthrough.ledger.LedgerEvent;
import io.followthrough.ledger.LedgerEventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds one outcome's ledger events into its projection rows. A pure function of the event set:
 * events are sorted by (workflow time, sequence, key) first, so arrival order, retries and replays
 * cannot change the result. The live path and {@link ProjectionRebuilder} both use it.
 */
public final class OutcomeProjection {

  /** The order events are applied in. */
  public static final Comparator<LedgerEvent> ORDER =
      Comparator.comparing(LedgerEvent::workflowTime)
          .thenComparingLong(LedgerEvent::sequence)
          .thenComparing(LedgerEvent::idempotencyKey);

  private OutcomeProjection() {}

  /** The projection of {@code events}, all of one workflow; at least one event. */
  public static ProjectedOutcome fold(List<LedgerEvent> events) {
    if (events.isEmpty()) {
      throw new IllegalArgumentException("no events to project");
    }
    List<LedgerEvent> sorted = new ArrayList<>(events);
    sorted.sort(ORDER);
    LedgerEvent first = sorted.get(0);
    String runId = first.runId();
    String stage = null;
    String status = "open";
    String owner = null;
    String site = null;
    int level = 0;
    int maxLevel = 0;
    String reason = null;
    Instant closedAt = null;
    List<StageVisit> visits = new ArrayList<>();
    Map<String, TaskState> tasks = new LinkedHashMap<>();
    for (LedgerEvent e : sorted) {
      if (!e.workflowId().equals(first.workflowId())) {
        throw new IllegalArgumentException("events of more than one workflow in one projection");
      }
      Instant t = e.workflowTime();
      runId = e.runId();
      if (e.owner() != null) {
        owner = e.owner();
      }
      if (site == null) {
        site = e.site(); // the first site said wins: an outcome does not move between sites
      }
      switch (e.type()) {
        case STAGE_CHANGED -> {
          closeLastVisit(visits, t);
          visits.add(new StageVisit(visits.size() + 1, e.stage(), t, null, null));
          stage = e.stage();
          level = 0;
        }
        case ESCALATED -> {
          level = e.rung();
          maxLevel = Math.max(maxLevel, e.rung());
          reason = e.reasonCode() != null ? e.reasonCode() : reason;
        }
        case HUMAN_TASK_OPENED ->
            tasks.put(e.task().taskId(), new TaskState(e.task(), t, null, null));
        case HUMAN_TASK_RESOLVED -> {
          TaskState opened = tasks.get(e.task().taskId());
          HumanTaskRef ref = opened != null ? opened.ref() : e.task();
          Instant openedAt = opened != null ? opened.openedAt() : t;
          tasks.put(ref.taskId(), new TaskState(ref, openedAt, t, e.reasonCode()));
        }
        case COMPLETED, FAILED -> {
          closeLastVisit(visits, t);
          status = e.type() == LedgerEventType.COMPLETED ? "completed" : "failed";
          closedAt = t;
          reason = e.reasonCode() != null ? e.reasonCode() : reason;
        }
        case ATTEMPT -> {
          // Counted in the ledger only; attempts do not move the outcome.
        }
      }
    }
    int open = (int) tasks.values().stream().filter(task -> !task.resolved()).count();
    LedgerEvent last = sorted.get(sorted.size() - 1);
    OutcomeState state =
        new OutcomeState(
            first.workflowId(),
            runId,
            first.outcomeType(),
            stage,
            status,
            owner,
            open,
            level,
            maxLevel,
            reason,
            first.workflowTime(),
            closedAt,
            last.workflowTime(),
            sorted.size(),
            site);
    return new ProjectedOutcome(state, List.copyOf(visits), List.copyOf(tasks.values()));
  }

  private static void closeLastVisit(List<StageVisit> visits, Instant t) {
    if (visits.isEmpty()) {
      return;
    }
    StageVisit open = visits.get(visits.size() - 1);
    if (open.leftAt() == null) {
      long ms = Duration.between(open.enteredAt(), t).toMillis();
      visits.set(
          visits.size() - 1, new StageVisit(open.visitNo(), open.stage(), open.enteredAt(), t, ms));
    }
  }
}
