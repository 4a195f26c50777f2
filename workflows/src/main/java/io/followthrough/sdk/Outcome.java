package io.followthrough.sdk;

import io.followthrough.sdk.internal.Attributes;
import io.followthrough.sdk.internal.Failures;
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

  /** An outcome of the given type (e.g. {@code lab-result-follow-up}), not yet in a stage. */
  public Outcome(String outcomeType) {
    this.outcomeType = HumanTaskSpec.requireCode(outcomeType, "outcome type");
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
    published = false;
    attributes().publish(); // the new run lists like the old one from its first task
  }

  public OutcomeSnapshot snapshot() {
    return new OutcomeSnapshot(state(), timeline(), tasks.counter());
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
    record(TimelineKind.STAGE_ENTERED, next.name());
    attributes().stage(stage).level(level).dueAt(dueAt).publish();
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
   * spent. Then it throws a non-retryable {@link ApplicationFailure} of type {@link
   * #STAGE_EXHAUSTED}: catch it and hand the outcome to a person ({@link #awaitHumanTask}) rather
   * than fail silently.
   */
  public <T> T attempts(Stage stage, StageWork<T> work) {
    while (true) {
      attempt++;
      record(TimelineKind.ATTEMPT, stage.name());
      try {
        return work.run(attempt);
      } catch (ActivityFailure | ApplicationFailure e) {
        record(TimelineKind.ATTEMPT_FAILED, Failures.typeOf(e));
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
    record(TimelineKind.ESCALATED, code);
    attributes().level(level).publish();
  }

  /** Appends a timeline entry of the given kind with a short non-PHI code. */
  public void record(TimelineKind kind, String code) {
    timeline.add(new TimelineEntry(now(), kind, stage, attempt, level, code));
  }

  /** Ends the outcome: stage {@code completed}, no deadline, owned by automation. */
  public void complete(String code) {
    stage = "completed";
    attempt = 0;
    dueAt = null;
    owner = AUTOMATION;
    completed = true;
    record(TimelineKind.COMPLETED, code);
    attributes().stage(stage).dueAt(null).owner(owner).needsHuman(false).publish();
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
