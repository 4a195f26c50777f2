package io.followthrough.workers.grpc;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.api.v1.CancelOutcomeRequest;
import io.followthrough.api.v1.CancelOutcomeResponse;
import io.followthrough.api.v1.CompleteTaskRequest;
import io.followthrough.api.v1.GetOutcomeRequest;
import io.followthrough.api.v1.ListOutcomesRequest;
import io.followthrough.api.v1.ListOutcomesResponse;
import io.followthrough.api.v1.Outcome;
import io.followthrough.api.v1.OutcomeServiceGrpc;
import io.followthrough.api.v1.ResolvedTask;
import io.followthrough.api.v1.SignalOutcomeRequest;
import io.followthrough.api.v1.SignalOutcomeResponse;
import io.followthrough.api.v1.StartOutcomeRequest;
import io.followthrough.api.v1.StartOutcomeResponse;
import io.followthrough.workers.ops.OutcomeFilter;
import io.followthrough.workers.ops.OutcomeOperations;
import io.followthrough.workers.ops.TaskOperations;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;

/** {@code followthrough.v1.OutcomeService} over {@link OutcomeOperations}. */
@Singleton
public final class OutcomeGrpcService extends OutcomeServiceGrpc.OutcomeServiceImplBase {

  static final int DEFAULT_LIMIT = 50;

  private final BeanProvider<OutcomeOperations> outcomes;
  private final BeanProvider<TaskOperations> tasks;
  private final ProtoValues values;
  private final OutcomeMessages messages;

  public OutcomeGrpcService(
      BeanProvider<OutcomeOperations> outcomes,
      BeanProvider<TaskOperations> tasks,
      ObjectMapper json) {
    this.outcomes = outcomes;
    this.tasks = tasks;
    this.values = new ProtoValues(json);
    this.messages = new OutcomeMessages(values);
  }

  @Override
  public void startOutcome(
      StartOutcomeRequest request, StreamObserver<StartOutcomeResponse> response) {
    Unary.answer(
        response,
        () ->
            messages.started(
                Services.of(outcomes)
                    .start(
                        CallerIdentity.current(),
                        request.getWorkflowType(),
                        request.getWorkflowId(),
                        values.json(request.getInput(), request.hasInput()))));
  }

  @Override
  public void getOutcome(GetOutcomeRequest request, StreamObserver<Outcome> response) {
    Unary.answer(
        response,
        () ->
            messages.outcome(
                Services.of(outcomes).get(CallerIdentity.current(), request.getWorkflowId())));
  }

  @Override
  public void listOutcomes(
      ListOutcomesRequest request, StreamObserver<ListOutcomesResponse> response) {
    Unary.answer(
        response,
        () -> {
          OutcomeFilter filter =
              new OutcomeFilter(
                  ProtoValues.orNull(request.getQuery()),
                  ProtoValues.orNull(request.getOutcomeType()),
                  ProtoValues.orNull(request.getStage()),
                  ProtoValues.orNull(request.getOwner()),
                  request.hasNeedsHuman() ? request.getNeedsHuman() : null,
                  request.getLimit() == 0 ? DEFAULT_LIMIT : request.getLimit());
          ListOutcomesResponse.Builder list = ListOutcomesResponse.newBuilder();
          Services.of(outcomes).list(CallerIdentity.current(), filter).stream()
              .map(OutcomeMessages::summary)
              .forEach(list::addOutcomes);
          return list.build();
        });
  }

  @Override
  public void signalOutcome(
      SignalOutcomeRequest request, StreamObserver<SignalOutcomeResponse> response) {
    Unary.answer(
        response,
        () -> {
          Services.of(outcomes)
              .signal(
                  CallerIdentity.current(),
                  request.getWorkflowId(),
                  request.getName(),
                  values.json(request.getArgument(), request.hasArgument()));
          return SignalOutcomeResponse.getDefaultInstance();
        });
  }

  /** The outcome's task by its workflow-local id, resolved as {@code TaskService.ResolveTask}. */
  @Override
  public void completeTask(CompleteTaskRequest request, StreamObserver<ResolvedTask> response) {
    Unary.answer(
        response,
        () -> {
          String workflowId = request.getWorkflowId();
          String taskId = request.getTaskId();
          if (workflowId.isEmpty() || taskId.isEmpty()) {
            throw Status.INVALID_ARGUMENT
                .withDescription("workflow_id and task_id are required")
                .asRuntimeException();
          }
          String queueId = taskId.startsWith(workflowId + "/") ? taskId : workflowId + "/" + taskId;
          return TaskMessages.resolved(
              Services.of(tasks)
                  .resolve(CallerIdentity.current(), queueId, request.getResolution()));
        });
  }

  @Override
  public void cancelOutcome(
      CancelOutcomeRequest request, StreamObserver<CancelOutcomeResponse> response) {
    Unary.answer(
        response,
        () -> {
          Services.of(outcomes)
              .cancel(CallerIdentity.current(), request.getWorkflowId(), request.getReasonCode());
          return CancelOutcomeResponse.getDefaultInstance();
        });
  }
}
