package io.followthrough.sdk;

import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Ordered rungs an outcome climbs while the world stays silent, e.g. reminder after 4 h, second
 * reminder after 4 h more, then a supervisor task. The last rung is always a human task, so a
 * ladder never ends in silent failure; {@link Builder#build()} rejects any other ladder.
 */
public final class EscalationLadder {
  private final List<Rung> rungs;

  private EscalationLadder(List<Rung> rungs) {
    this.rungs = List.copyOf(rungs);
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Rung> rungs() {
    return rungs;
  }

  /**
   * Climbs from level 0: waits each rung's {@code waitBefore} for {@code stop}; if it does not
   * hold, moves up (recorded in the timeline and {@code EscalationLevel}) and performs the rung —
   * {@code action} for automated rungs, a human task for the last. Returns when {@code stop} holds
   * or a person completes the task. Workflow code only.
   */
  public LadderResult climb(Outcome outcome, Supplier<Boolean> stop, RungAction action) {
    for (int i = 0; i < rungs.size(); i++) {
      Rung rung = rungs.get(i);
      // Checking first avoids a timer (two history events) when the answer is already in.
      if (stop.get() || Workflow.await(rung.waitBefore(), stop)) {
        return new LadderResult(true, i, null);
      }
      int level = i + 1;
      outcome.escalate(level, rung.name());
      if (rung.isHumanTask()) {
        HumanTask task = outcome.awaitHumanTask(rung.humanTask(), stop);
        boolean byCondition = task.status() != HumanTask.Status.COMPLETED;
        return new LadderResult(byCondition, outcome.escalationLevel(), task);
      }
      action.perform(rung, level);
    }
    throw new IllegalStateException("unreachable: the last rung is a human task");
  }

  /** Collects rungs bottom-up. */
  public static final class Builder {
    private final List<Rung> rungs = new ArrayList<>();

    private Builder() {}

    /** An automated rung on {@code channel}, reached after {@code waitBefore} of silence. */
    public Builder rung(String name, String channel, Duration waitBefore) {
      rungs.add(new Rung(name, channel, waitBefore, null));
      return this;
    }

    /** A rung that hands the outcome to a person, reached after {@code waitBefore}. */
    public Builder humanTask(String name, Duration waitBefore, HumanTaskSpec task) {
      rungs.add(new Rung(name, null, waitBefore, task));
      return this;
    }

    /**
     * @throws IllegalArgumentException when the ladder is empty, its last rung is not a human task,
     *     or a human task sits below the top (nothing above it could ever run)
     */
    public EscalationLadder build() {
      if (rungs.isEmpty() || !rungs.get(rungs.size() - 1).isHumanTask()) {
        throw new IllegalArgumentException(
            "the last rung of an escalation ladder must be a human task");
      }
      for (int i = 0; i < rungs.size() - 1; i++) {
        if (rungs.get(i).isHumanTask()) {
          throw new IllegalArgumentException(
              "human task rung " + rungs.get(i).name() + " must be the last rung");
        }
      }
      return new EscalationLadder(rungs);
    }
  }
}
