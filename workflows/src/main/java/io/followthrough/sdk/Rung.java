package io.followthrough.sdk;

import java.time.Duration;

/**
 * One rung of an {@link EscalationLadder}: after {@link #waitBefore()} without the ladder's stop
 * condition, the outcome moves up to this rung and performs its action — an automated {@link
 * #channel()} (reminder SMS, call, fax) or, for the last rung, a {@link #humanTask() human task}.
 *
 * @param name stable, non-PHI name recorded in the timeline, e.g. {@code reminder-1}
 * @param channel channel or action code handed to the {@link RungAction}; null on a human rung
 * @param waitBefore how long the world gets to answer before this rung fires
 * @param humanTask the task a human rung opens; null on an automated rung
 */
public record Rung(String name, String channel, Duration waitBefore, HumanTaskSpec humanTask) {

  public Rung {
    HumanTaskSpec.requireCode(name, "rung name");
    if (waitBefore == null || waitBefore.isNegative()) {
      throw new IllegalArgumentException("wait before rung " + name + " must be >= 0");
    }
    if ((channel == null) == (humanTask == null)) {
      throw new IllegalArgumentException(
          "rung " + name + " needs exactly one of a channel or a human task");
    }
  }

  /** Whether this rung hands the outcome to a person. */
  public boolean isHumanTask() {
    return humanTask != null;
  }
}
