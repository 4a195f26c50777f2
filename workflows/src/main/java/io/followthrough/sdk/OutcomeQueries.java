package io.followthrough.sdk;

import io.temporal.workflow.QueryMethod;
import java.util.List;

/**
 * Queries every outcome workflow answers. Outcome workflow interfaces extend this interface and
 * their implementations delegate to an {@link Outcome}:
 *
 * <pre>{@code
 * public OutcomeState state() { return outcome.state(); }
 * public List<TimelineEntry> timeline() { return outcome.timeline(); }
 * }</pre>
 */
public interface OutcomeQueries {

  /** Current stage, escalation level, owner, deadline and human tasks. */
  @QueryMethod(name = "state")
  OutcomeState state();

  /** Every stage change, attempt, escalation and human-task event, oldest first. */
  @QueryMethod(name = "timeline")
  List<TimelineEntry> timeline();
}
