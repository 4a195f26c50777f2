package io.followthrough.activities.store.ledger;

import io.followthrough.ledger.HumanTaskRef;
import io.followthrough.ledger.LedgerEvent;
import io.followthrough.ledger.LedgerEventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Writes the ledger events of one outcome the way its workflow would, minutes after a start. */
public final class OutcomeScript {

  private final String workflowId;
  private final String outcomeType;
  private final Instant start;
  private final List<LedgerEvent> events = new ArrayList<>();
  private String owner;
  private String site;

  private OutcomeScript(String workflowId, String outcomeType, Instant start) {
    this.workflowId = workflowId;
    this.outcomeType = outcomeType;
    this.start = start;
  }

  public static OutcomeScript outcome(String workflowId, String outcomeType, Instant start) {
    return new OutcomeScript(workflowId, outcomeType, start);
  }

  /** Sets the owner carried by the next event. */
  public OutcomeScript ownedBy(String value) {
    owner = value;
    return this;
  }

  /** Sets the site carried by every later event, as {@code Outcome.site(…)} does. */
  public OutcomeScript atSite(String value) {
    site = value;
    return this;
  }

  public OutcomeScript stage(long minute, String stage) {
    return add(minute, LedgerEventType.STAGE_CHANGED, b -> b.stage(stage));
  }

  public OutcomeScript attempt(long minute) {
    return add(minute, LedgerEventType.ATTEMPT, b -> b);
  }

  public OutcomeScript escalated(long minute, int rung, String reason) {
    return add(minute, LedgerEventType.ESCALATED, b -> b.rung(rung).reasonCode(reason));
  }

  public OutcomeScript taskOpened(long minute, String taskId, String role, int priority) {
    return add(
        minute,
        LedgerEventType.HUMAN_TASK_OPENED,
        b -> b.task(new HumanTaskRef(taskId, role, priority, at(minute + 60), "doc:abc123")));
  }

  public OutcomeScript taskResolved(long minute, String taskId, String role, String resolution) {
    return add(
        minute,
        LedgerEventType.HUMAN_TASK_RESOLVED,
        b -> b.task(HumanTaskRef.of(taskId, role)).reasonCode(resolution));
  }

  public OutcomeScript completed(long minute) {
    return add(minute, LedgerEventType.COMPLETED, b -> b);
  }

  public OutcomeScript failed(long minute, String reason) {
    return add(minute, LedgerEventType.FAILED, b -> b.reasonCode(reason));
  }

  public List<LedgerEvent> events() {
    return List.copyOf(events);
  }

  private Instant at(long minute) {
    return start.plus(Duration.ofMinutes(minute));
  }

  private OutcomeScript add(
      long minute,
      LedgerEventType type,
      java.util.function.UnaryOperator<LedgerEvent.Builder> details) {
    LedgerEvent.Builder builder =
        LedgerEvent.newBuilder()
            .outcome(workflowId, "run-1", outcomeType)
            .type(type)
            .sequence(events.size())
            .workflowTime(at(minute))
            .owner(owner)
            .site(site);
    owner = null;
    events.add(details.apply(builder).build());
    return this;
  }
}
