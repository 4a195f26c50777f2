package io.followthrough.workers.grpc;

import io.followthrough.api.v1.ClaimTaskRequest;
import io.followthrough.api.v1.ListInboxRequest;
import io.followthrough.api.v1.ListInboxResponse;
import io.followthrough.api.v1.ReassignTaskRequest;
import io.followthrough.api.v1.ResolveTaskRequest;
import io.followthrough.api.v1.ResolvedTask;
import io.followthrough.api.v1.SnoozeTaskRequest;
import io.followthrough.api.v1.Task;
import io.followthrough.api.v1.TaskServiceGrpc;
import io.followthrough.workers.ops.TaskOperations;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;

/** {@code followthrough.v1.TaskService} over {@link TaskOperations}. */
@Singleton
public final class TaskGrpcService extends TaskServiceGrpc.TaskServiceImplBase {

  private final BeanProvider<TaskOperations> tasks;

  public TaskGrpcService(BeanProvider<TaskOperations> tasks) {
    this.tasks = tasks;
  }

  @Override
  public void listInbox(ListInboxRequest request, StreamObserver<ListInboxResponse> response) {
    Unary.answer(
        response,
        () -> {
          ListInboxResponse.Builder inbox = ListInboxResponse.newBuilder();
          Services.of(tasks)
              .inbox(
                  CallerIdentity.current(),
                  ProtoValues.orNull(request.getOutcomeType()),
                  request.getLimit() == 0 ? OutcomeGrpcService.DEFAULT_LIMIT : request.getLimit())
              .stream()
              .map(TaskMessages::task)
              .forEach(inbox::addTasks);
          return inbox.build();
        });
  }

  @Override
  public void claimTask(ClaimTaskRequest request, StreamObserver<Task> response) {
    Unary.answer(
        response,
        () ->
            TaskMessages.task(
                Services.of(tasks).claim(CallerIdentity.current(), request.getTaskId())));
  }

  @Override
  public void resolveTask(ResolveTaskRequest request, StreamObserver<ResolvedTask> response) {
    Unary.answer(
        response,
        () ->
            TaskMessages.resolved(
                Services.of(tasks)
                    .resolve(
                        CallerIdentity.current(), request.getTaskId(), request.getResolution())));
  }

  @Override
  public void reassignTask(ReassignTaskRequest request, StreamObserver<Task> response) {
    Unary.answer(
        response,
        () ->
            TaskMessages.task(
                Services.of(tasks)
                    .reassign(
                        CallerIdentity.current(), request.getTaskId(), request.getStaffId())));
  }

  @Override
  public void snoozeTask(SnoozeTaskRequest request, StreamObserver<Task> response) {
    Unary.answer(
        response,
        () -> {
          if (!request.hasUntil() || !ProtoValues.valid(request.getUntil())) {
            throw Status.INVALID_ARGUMENT
                .withDescription("until is required (a timestamp in the future)")
                .asRuntimeException();
          }
          return TaskMessages.task(
              Services.of(tasks)
                  .snooze(
                      CallerIdentity.current(),
                      request.getTaskId(),
                      ProtoValues.iso(request.getUntil()),
                      request.getReasonCode()));
        });
  }
}
