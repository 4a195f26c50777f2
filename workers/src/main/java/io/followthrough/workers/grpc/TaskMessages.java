package io.followthrough.workers.grpc;

import io.followthrough.api.v1.ResolvedTask;
import io.followthrough.api.v1.Task;
import io.followthrough.workers.ops.TaskView;

/** Service-layer task records as {@code followthrough.v1} messages. */
final class TaskMessages {

  private TaskMessages() {}

  static Task task(TaskView v) {
    Task.Builder t =
        Task.newBuilder()
            .setTaskId(v.taskId())
            .setWorkflowId(ProtoValues.text(v.workflowId()))
            .setWorkflowTaskId(ProtoValues.text(v.workflowTaskId()))
            .setOutcomeType(ProtoValues.text(v.outcomeType()))
            .setRole(ProtoValues.text(v.role()))
            .setPriority(v.priority())
            .setStatus(ProtoValues.text(v.status()))
            .setClaimedBy(ProtoValues.text(v.claimedBy()))
            .setSnoozeReason(ProtoValues.text(v.snoozeReason()))
            .setReason(ProtoValues.text(v.reason()))
            .setStage(ProtoValues.text(v.stage()))
            .setContextRef(ProtoValues.text(v.contextRef()));
    OutcomeMessages.setTime(v.dueAt(), t::setDueAt);
    OutcomeMessages.setTime(v.snoozedUntil(), t::setSnoozedUntil);
    OutcomeMessages.setTime(v.openedAt(), t::setOpenedAt);
    if (v.context() != null) {
      v.context()
          .forEach(
              (key, value) -> {
                if (key != null && value != null) {
                  t.putContext(key, value);
                }
              });
    }
    return t.build();
  }

  static ResolvedTask resolved(io.followthrough.workers.ops.ResolvedTask r) {
    ResolvedTask.Builder t =
        ResolvedTask.newBuilder()
            .setTaskId(r.taskId())
            .setWorkflowId(ProtoValues.text(r.workflowId()))
            .setWorkflowTaskId(ProtoValues.text(r.workflowTaskId()))
            .setResolution(ProtoValues.text(r.resolution()))
            .setBy(ProtoValues.text(r.by()));
    OutcomeMessages.setTime(r.completedAt(), t::setCompletedAt);
    return t.build();
  }
}
