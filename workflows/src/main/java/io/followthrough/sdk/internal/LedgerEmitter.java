package io.followthrough.sdk.internal;

import io.followthrough.ledger.HumanTaskRef;
import io.followthrough.ledger.LedgerActivities;
import io.followthrough.ledger.LedgerEvent;
import io.followthrough.ledger.LedgerEventType;
import io.followthrough.ledger.LedgerOptions;
import io.temporal.workflow.ActivityStub;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;

/**
 * Reports an outcome's facts to {@link LedgerActivities#record} without holding up the flow: each
 * event is an asynchronous activity whose promise is kept until {@link #awaitAll()}.
 * Workflow-thread only.
 *
 * <p>Emission is a change to the commands of existing workflows, so it is guarded by the version
 * marker {@link #CHANGE_ID}, evaluated once per run at the first event: runs recorded before the
 * change replay as {@code DEFAULT_VERSION} and emit nothing.
 */
public final class LedgerEmitter {

  /** The {@code Workflow.getVersion} change id of automatic ledger events. */
  public static final String CHANGE_ID = "ledger-events";

  private static final Logger log = Workflow.getLogger(LedgerEmitter.class);

  private final String outcomeType;
  private final List<Promise<Boolean>> pending = new ArrayList<>();
  private Integer version;
  private ActivityStub ledger;
  private long sequence;
  private String site;

  public LedgerEmitter(String outcomeType) {
    this.outcomeType = outcomeType;
  }

  /** The last sequence number used; carried across continue-as-new so events stay ordered. */
  public long sequence() {
    return sequence;
  }

  /** The site code every later event carries, or null. */
  public String site() {
    return site;
  }

  /**
   * Sets the site every later event carries, cleaned into a ledger code like the SDK's other names
   * (deterministically, so a malformed value never fails a workflow task); null or empty clears it.
   */
  public void site(String value) {
    site = LedgerCodes.code(value, 64);
  }

  /** Continues numbering after {@code last}, the previous run's {@link #sequence()}. */
  public void continueAfter(long last) {
    sequence = Math.max(sequence, last);
  }

  /**
   * Records {@code type} asynchronously; does nothing in runs recorded before ledger events.
   *
   * @param stage the outcome's stage
   * @param level escalation level (the new one for {@link LedgerEventType#ESCALATED})
   * @param reason reason code, or null
   * @param owner the owner from now on
   * @param task the human task of task events, else null
   */
  public void emit(
      LedgerEventType type, String stage, int level, String reason, String owner, TaskFacts task) {
    if (!enabled()) {
      return;
    }
    sequence++;
    WorkflowInfo info = Workflow.getInfo();
    String workflowId = LedgerCodes.code(info.getWorkflowId(), 200);
    LedgerEvent event;
    try {
      event =
          LedgerEvent.newBuilder()
              .outcome(workflowId, info.getRunId(), LedgerCodes.code(outcomeType, 64))
              .type(type)
              .sequence(sequence)
              .stage(LedgerCodes.code(stage, 64))
              .rung(Math.max(0, level))
              .reasonCode(LedgerCodes.code(reason, 64))
              .owner(LedgerCodes.code(owner, 64))
              .workflowTime(Instant.ofEpochMilli(Workflow.currentTimeMillis()))
              .task(task == null ? null : task.toRef(workflowId))
              .site(site)
              .build();
    } catch (IllegalArgumentException e) {
      // Codes are cleaned above, so this is a bug: never fail the workflow task over a report.
      log.warn("ledger event {} not emitted: {}", type.code(), e.getMessage());
      return;
    }
    prune();
    pending.add(stub().executeAsync(LedgerActivities.RECORD_TYPE, Boolean.class, event));
  }

  /** Waits until every event emitted so far was stored (or refused: that is logged, not thrown). */
  public void awaitAll() {
    if (pending.isEmpty()) {
      return;
    }
    Workflow.await(() -> pending.stream().allMatch(Promise::isCompleted));
    prune();
  }

  private boolean enabled() {
    if (version == null) {
      version = Workflow.getVersion(CHANGE_ID, Workflow.DEFAULT_VERSION, 1);
    }
    return version >= 1;
  }

  // Untyped: the same command as LedgerActivities#record, without the per-call lambda
  // introspection of Async.function (slow enough on a cold, loaded JVM to trip deadlock detection).
  private ActivityStub stub() {
    if (ledger == null) {
      ledger = Workflow.newUntypedActivityStub(LedgerOptions.defaults());
    }
    return ledger;
  }

  // Completed promises are dropped so a long outcome keeps a short list; refusals are logged.
  private void prune() {
    pending.removeIf(
        p -> {
          if (!p.isCompleted()) {
            return false;
          }
          if (p.getFailure() != null) {
            log.warn("ledger refused an event: {}", p.getFailure().getClass().getSimpleName());
          }
          return true;
        });
  }

  /**
   * A human task as the ledger sees it. The ledger's task id is {@code <workflowId>/<task id>}, so
   * it is unique across outcomes.
   *
   * @param taskId the outcome's own task id, e.g. {@code review-1}
   * @param role role expected to act
   * @param priority 1 (most urgent) .. 5
   * @param dueAtMillis when it escalates, or null
   * @param contextRef opaque reference to the task's context, or null
   */
  public record TaskFacts(
      String taskId, String role, int priority, Long dueAtMillis, String contextRef) {

    HumanTaskRef toRef(String workflowId) {
      return new HumanTaskRef(
          LedgerCodes.code(workflowId + "/" + taskId, 200),
          LedgerCodes.code(role, 64),
          Math.min(5, Math.max(1, priority)),
          dueAtMillis == null ? null : Instant.ofEpochMilli(dueAtMillis),
          LedgerCodes.code(contextRef, 200));
    }
  }
}
