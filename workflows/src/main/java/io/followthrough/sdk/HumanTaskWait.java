package io.followthrough.sdk;

import io.followthrough.sdk.internal.TaskBoard;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.function.Supplier;

/** The wait behind {@link Outcome#awaitHumanTask}: open, wait, escalate along the roles. */
final class HumanTaskWait {
  private HumanTaskWait() {}

  static HumanTask await(Outcome outcome, HumanTaskSpec spec, Supplier<Boolean> unless) {
    TaskBoard tasks = outcome.taskBoard();
    String role = spec.role();
    int hop = 0;
    while (true) {
      long now = Workflow.currentTimeMillis();
      boolean canEscalate = spec.escalateAfter() != null && hop < spec.escalationRoles().size();
      Long due = canEscalate ? now + spec.escalateAfter().toMillis() : null;
      HumanTask task = tasks.open(outcome.stage(), role, spec.reason(), spec.context(), now, due);
      String id = task.id();
      outcome.record(TimelineKind.TASK_OPENED, id);
      outcome.assign(role);
      outcome.reportTaskOpened(task, spec);
      Supplier<Boolean> done = () -> !tasks.get(id).isOpen() || unless.get();
      boolean finished = true;
      if (due == null) {
        Workflow.await(done);
      } else {
        finished = Workflow.await(Duration.ofMillis(due - now), done);
      }
      if (tasks.get(id).status() == HumanTask.Status.COMPLETED) {
        outcome.assign(Outcome.AUTOMATION);
        outcome.reportTaskResolved(tasks.get(id), spec);
        return tasks.get(id);
      }
      if (finished) {
        HumanTask closed = tasks.close(id, HumanTask.Status.SUPERSEDED, null, "superseded");
        outcome.record(TimelineKind.TASK_CLOSED, id);
        outcome.assign(Outcome.AUTOMATION);
        outcome.reportTaskResolved(closed, spec);
        return closed;
      }
      HumanTask escalated = tasks.close(id, HumanTask.Status.ESCALATED, null, "unanswered");
      outcome.record(TimelineKind.TASK_CLOSED, id);
      outcome.reportTaskResolved(escalated, spec);
      role = spec.escalationRoles().get(hop++);
      outcome.escalate(outcome.escalationLevel() + 1, "task:" + role);
    }
  }
}
