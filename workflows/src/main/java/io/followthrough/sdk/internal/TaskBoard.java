package io.followthrough.sdk.internal;

import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.TaskCompletion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The human tasks of one outcome, in opening order. Workflow-thread only. */
public final class TaskBoard {
  private final Map<String, HumanTask> tasks = new LinkedHashMap<>();
  private int counter;

  public TaskBoard(List<HumanTask> carried, int counter) {
    carried.forEach(t -> tasks.put(t.id(), t));
    this.counter = counter;
  }

  public HumanTask open(
      String stage, String role, String reason, Map<String, String> context, long now, Long dueAt) {
    counter++;
    HumanTask task =
        new HumanTask(
            stage + "-" + counter,
            role,
            reason,
            context,
            now,
            dueAt,
            HumanTask.Status.OPEN,
            null,
            null);
    tasks.put(task.id(), task);
    return task;
  }

  public HumanTask get(String id) {
    return tasks.get(id);
  }

  public HumanTask close(String id, HumanTask.Status status, String by, String resolution) {
    HumanTask closed = tasks.get(id).closedAs(status, by, resolution);
    tasks.put(id, closed);
    return closed;
  }

  public boolean anyOpen() {
    return tasks.values().stream().anyMatch(HumanTask::isOpen);
  }

  public List<HumanTask> all() {
    return List.copyOf(new ArrayList<>(tasks.values()));
  }

  public int counter() {
    return counter;
  }

  /**
   * Why a completion must be rejected, or null when it matches an open task. Messages name only
   * task ids and roles, never PHI.
   */
  public String rejectionReason(TaskCompletion c) {
    if (c == null) {
      return "a task completion is required";
    }
    if (isBlank(c.taskId()) || isBlank(c.role()) || isBlank(c.by()) || isBlank(c.resolution())) {
      return "taskId, role, by and resolution are all required";
    }
    HumanTask task = tasks.get(c.taskId());
    if (task == null) {
      return "unknown task id " + c.taskId();
    }
    if (!task.isOpen()) {
      return "task "
          + task.id()
          + " is no longer open ("
          + task.status().name().toLowerCase()
          + ")";
    }
    if (!task.role().equals(c.role())) {
      return "task " + task.id() + " is for role " + task.role() + ", not " + c.role();
    }
    return null;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
