package io.followthrough.sdk;

/**
 * How an {@link EscalationLadder#climb climb} ended.
 *
 * @param stoppedByCondition true when the stop condition became true (the world answered), false
 *     when a person completed the last rung's task
 * @param level highest rung reached, 0 when the condition held before the first rung
 * @param task the last rung's task when one was opened (completed or superseded), else null
 */
public record LadderResult(boolean stoppedByCondition, int level, HumanTask task) {

  /** Whether a person resolved the outcome through the last rung's task. */
  public boolean resolvedByHuman() {
    return !stoppedByCondition && task != null;
  }
}
