package io.followthrough.sdk;

import java.util.List;

/**
 * An optional base class for outcome workflow implementations. It holds the workflow's {@link
 * Outcome} and answers the {@code state} and {@code timeline} queries and the {@code completeTask}
 * Update from it, so an implementation writes only its flow. Override {@link #validateCompleteTask}
 * to add checks of the resolution, calling {@code super} first.
 */
public abstract class OutcomeWorkflowBase implements OutcomeQueries, HumanTaskUpdates {

  /** The outcome's bookkeeping; use it from workflow code only. */
  protected final Outcome outcome;

  /** An implementation of an outcome of the given type, e.g. {@code lab-result-follow-up}. */
  protected OutcomeWorkflowBase(String outcomeType) {
    this.outcome = new Outcome(outcomeType);
  }

  @Override
  public OutcomeState state() {
    return outcome.state();
  }

  @Override
  public List<TimelineEntry> timeline() {
    return outcome.timeline();
  }

  @Override
  public TaskReceipt completeTask(TaskCompletion completion) {
    return outcome.completeTask(completion);
  }

  @Override
  public void validateCompleteTask(TaskCompletion completion) {
    outcome.validateTaskCompletion(completion);
  }
}
