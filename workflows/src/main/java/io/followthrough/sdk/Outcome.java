package io.followthrough.sdk;

import io.followthrough.ledger.LedgerEventType;
import io.followthrough.sdk.internal.Attributes;
import io.followthrough.sdk.internal.Failures;
import io.followthrough.sdk.internal.LedgerEmitter;
import io.followthrough.sdk.internal.TaskBoard;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The bookkeeping of one outcome workflow: current stage, escalation level, owner, human tasks and
 * timeline, kept in step with the {@link OutcomeSearchAttributes}. Create one in the workflow
 * implementation's field initializer and let the queries of {@link OutcomeQueries} and the Update
 * of {@link HumanTaskUpdates} delegate to it. Use it from workflow code only.
 *
 * <p>It also reports the outcome's facts to the ops store's ledger ({@code LedgerActivities},
 * registered by the worker on every task queue): stage changes, attempts and their failures,
 * escalations, human tasks opened and resolved, completion and failure, each with the current
 * owner. Events go out asynchronously (the flow does not wait for the store) and {@link #complete},
 * {@link #fail} and {@link HistoryGuard} wait for all of them before the run ends. Runs recorded
 * before ledger events existed (no {@code ledger-events} version marker) emit nothing, so their
 * histories still replay.
 */
public final class Outcome {

  /** Owner recorded while no person owns the outcome. */
  public static final String AUTOMATION = "automation";

  /** Failure type thrown when a stage spends its retry budget or deadline. */
  public static final String STAGE_EXHAUSTED = "StageExhausted";

  private final String outcomeType;
  private final List<TimelineEntry> timeline = new ArrayList<>();
  private TaskBoard tasks = new TaskBoard(List.of(), 0);
  private String stage = "started";
  private int attempt;
  private int level;
  private String owner = AUTOMATION;
  private Long dueAt;
  private boolean completed;
  private boolean published;
  private final LedgerEmitter ledger;

  /** An outcome of the given type (e.g. {@code lab-result-follow-up}), not yet in a stage. */
  public Outcome(String outcomeType) {
    this.outcomeType = HumanTaskSpec.requireCode(outcomeType, "outcome type");
    this.ledger = new LedgerEmitter(outcomeType);
  }

  /**
   * Restores what a previous run handed over through continue-as-new and republishes the search
   * attributes; null is ignored. Call first thing in the workflow method.
   */
  public void restore(OutcomeSnapshot snapshot) {
    if (snapshot == null) {
      return;
    }
    OutcomeState s = snapshot.state();
    timeline.addAll(snapshot.timeline());
    tasks = new TaskBoard(s.tasks(), snapshot.taskCounter());
    stage = s.stage();
    attempt = s.attempt();
    level = s.escalationLevel();
    owner = s.owner();
    dueAt = s.dueAtMillis();
    completed = s.completed();
    ledger.continueAfter(snapshot.ledgerSequence());
    ledger.site(snapshot.site());
    published = false;
    attributes().publish(); // the new run lists like the old one from its first task
  }

  public OutcomeSnapshot snapshot() {
    return new OutcomeSnapshot(
        state(), timeline(), tasks.counter(), ledger.sequence(), ledger.site());
  }

  /**
   * Says which site (clinic, practice location) the outcome belongs to, so ops analytics can be
   * filtered by it: every ledger event reported from now on carries it, and it is carried across
   * continue-as-new. Call it first thing in the workflow method (after {@link #restore}), with a
   * short non-PHI code such as {@code clinic-north}; other characters are replaced (as for stage
   * names) and null clears it. It adds no command, so existing histories replay unchanged.
   */
  public Outcome site(String code) {
    ledger.site(code);
    return this;
  }

  /** The site code given to {@link #site(String)}, as the ledger records it; null if none. */
  public String site() {
    return ledger.site();
  }

  public OutcomeState state() {
    return new OutcomeState(
        outcomeType, stage, attempt, level, owner, tasks.anyOpen(), dueAt, tasks.all(), completed);
  }

  public List<TimelineEntry> timeline() {
    return List.copyOf(timeline);
  }

  public String outcomeType() {
    return outcomeType;
  }

  public String stage() {
    return stage;
  }

  public int escalationLevel() {
    return level;
  }

  /** Moves to {@code next}: records it, resets the escalation level and publishes its deadline. */
  public void enterStage(Stage next) {
    stage = next.name();
    attempt = 0;
    level = 0;
    dueAt = next.deadline() == null ? null : now() + next.deadline().toMillis();
    entry(TimelineKind.STAGE_ENTERED, next.name());
    attributes().stage(stage).level(level).dueAt(dueAt).publish();
    ledger.emit(LedgerEventType.STAGE_CHANGED, stage, level, null, owner, null);
  }

  /**
   * Enters {@code next} and runs its work with {@link #attempts}: retrying whole attempts until the
   * retry budget or the deadline is spent.
   */
  public <T> T runStage(Stage next, StageWork<T> work) {
    enterStage(next);
    return attempts(next, work);
  }

  /**
   * Runs {@code stage}'s work in the current stage, retrying whole attempts (after a durable
   * backoff) on activity or application failures until the retry budget or the stage deadline is
   * spent, or at once after a non-retryable failure (bad input, a refusal). Then it throws a
   * non-retryable {@link ApplicationFailure} of type {@link #STAGE_EXHAUSTED}: catch it and hand
   * the outcome to a person ({@link #awaitHumanTask}) rather than fail silently.
   */
  public <T> T attempts(Stage stage, StageWork<T> work) {
    while (true) {
      attempt++;
      record(TimelineKind.ATTEMPT, stage.name());
      try {
        return work.run(attempt);
      } catch (ActivityFailure | ApplicationFailure e) {
        String type = Failures.typeOf(e);
        record(TimelineKind.ATTEMPT_FAILED, type);
        if (Failures.isNonRetryable(e)) {
          // Bad input or a refusal: another attempt would fail the same way, so hand over now.
          throw ApplicationFailure.newNonRetryableFailure(
              "stage " + stage.name() + " stopped: non-retryable failure " + type, STAGE_EXHAUSTED);
        }
        long resumeAt = now() + stage.retryBackoff().toMillis();
        if (attempt >= stage.retryBudget() || (dueAt != null && resumeAt > dueAt)) {
          throw ApplicationFailure.newNonRetryableFailure(
              "stage " + stage.name() + " gave up after " + attempt + " attempt(s)",
              STAGE_EXHAUSTED);
        }
        Workflow.sleep(stage.retryBackoff());
      }
    }
  }

  /** Records a move to escalation {@code newLevel} because of {@code code} (e.g. a rung name). */
  public void escalate(int newLevel, String code) {
    level = newLevel;
    entry(TimelineKind.ESCALATED, code);
    attributes().level(level).publish();
    ledger.emit(LedgerEventType.ESCALATED, stage, level, code, owner, null);
  }

  /**
   * Appends a timeline entry of the given kind with a short non-PHI code. {@link
   * TimelineKind#ATTEMPT} and {@link TimelineKind#ATTEMPT_FAILED} (code: the failure type) are also
   * reported to the ledger as attempts, like those of {@link #attempts}.
   */
  public void record(TimelineKind kind, String code) {
    entry(kind, code);
    if (kind == TimelineKind.ATTEMPT) {
      ledger.emit(LedgerEventType.ATTEMPT, stage, level, null, owner, null);
    } else if (kind == TimelineKind.ATTEMPT_FAILED) {
      ledger.emit(LedgerEventType.ATTEMPT, stage, level, code, owner, null);
    }
  }

  /**
   * Ends the outcome: stage {@code completed}, no deadline, owned by automation. Then waits until
   * the ledger stored every event of this run, so nothing is lost when the workflow returns.
   */
  public void complete(String code) {
    String from = stage;
    stage = "completed";
    attempt = 0;
    dueAt = null;
    owner = AUTOMATION;
    completed = true;
    entry(TimelineKind.COMPLETED, code);
    attributes().stage(stage).dueAt(null).owner(owner).needsHuman(false).publish();
    ledger.emit(LedgerEventType.COMPLETED, from, level, code, owner, null);
    ledger.awaitAll();
  }

  /**
   * Ends the outcome as failed because of {@code reasonCode} (a short non-PHI code): stage {@code
   * failed}, no deadline, reported to the ledger, whose events this run then waits for. Call it
   * right before the workflow gives up (e.g. before rethrowing a failure); an outcome that a person
   * takes over is not failed, open a human task instead.
   */
  public void fail(String reasonCode) {
    String from = stage;
    stage = "failed";
    attempt = 0;
    dueAt = null;
    entry(TimelineKind.FAILED, reasonCode);
    attributes().stage(stage).dueAt(null).needsHuman(tasks.anyOpen()).publish();
    ledger.emit(LedgerEventType.FAILED, from, level, reasonCode, owner, null);
    ledger.awaitAll();
  }

  /**
   * Waits until the ledger stored every event emitted so far. {@link #complete}, {@link #fail} and
   * {@link HistoryGuard} call it; call it yourself only before ending a run another way (returning
   * without {@code complete}, or {@code Workflow.continueAsNew} without the guard). It may cross a
   * workflow task, so signals can arrive meanwhile.
   */
  public void awaitLedger() {
    ledger.awaitAll();
  }

  /** Opens a task for {@code spec}'s role and waits until a person completes it. */
  public HumanTask awaitHumanTask(HumanTaskSpec spec) {
    return awaitHumanTask(spec, () -> false);
  }

  /**
   * Opens a task and waits until a person completes it or {@code unless} becomes true (then the
   * task is closed as superseded). Unanswered past its deadline, the task is closed as escalated
   * and reopened for the next escalation role, raising the escalation level by one.
   */
  public HumanTask awaitHumanTask(HumanTaskSpec spec, Supplier<Boolean> unless) {
    return HumanTaskWait.await(this, spec, unless);
  }

  /** Rejects a completion that matches no open task; call from the Update validator. */
  public void validateTaskCompletion(TaskCompletion completion) {
    String reason = tasks.rejectionReason(completion);
    if (reason != null) {
      throw new IllegalArgumentException(reason);
    }
  }

  /** Completes an open task; call from the Update handler. */
  public TaskReceipt completeTask(TaskCompletion c) {
    validateTaskCompletion(c);
    tasks.close(c.taskId(), HumanTask.Status.COMPLETED, c.by(), c.resolution());
    record(TimelineKind.TASK_COMPLETED, c.taskId());
    return new TaskReceipt(c.taskId(), now());
  }

  TaskBoard taskBoard() {
    return tasks;
  }

  /** Hands the outcome to {@code newOwner} and publishes whether a task is open. */
  void assign(String newOwner) {
    owner = newOwner;
    attributes().owner(owner).needsHuman(tasks.anyOpen()).publish();
  }

  /** Reports an opened task to the ledger (after {@link #assign} made its role the owner). */
  void reportTaskOpened(HumanTask task, HumanTaskSpec spec) {
    ledger.emit(
        LedgerEventType.HUMAN_TASK_OPENED,
        stage,
        level,
        task.reason(),
        owner,
        new LedgerEmitter.TaskFacts(
            task.id(), task.role(), spec.priority(), task.dueAtMillis(), spec.contextRef()));
  }

  /** Reports a closed task (completed, superseded or escalated) with its resolution code. */
  void reportTaskResolved(HumanTask task, HumanTaskSpec spec) {
    ledger.emit(
        LedgerEventType.HUMAN_TASK_RESOLVED,
        stage,
        level,
        task.resolution(),
        owner,
        new LedgerEmitter.TaskFacts(
            task.id(), task.role(), spec.priority(), task.dueAtMillis(), spec.contextRef()));
  }

  private void entry(TimelineKind kind, String code) {
    timeline.add(new TimelineEntry(now(), kind, stage, attempt, level, code));
  }

  // The first upsert of a run also sets the attributes that never change, so listings see them.
  private Attributes attributes() {
    Attributes a = new Attributes();
    if (!published) {
      published = true;
      a.type(outcomeType)
          .stage(stage)
          .level(level)
          .owner(owner)
          .needsHuman(tasks.anyOpen())
          .dueAt(dueAt);
    }
    return a;
  }

  private static long now() {
    return Workflow.currentTimeMillis();
  }
}
