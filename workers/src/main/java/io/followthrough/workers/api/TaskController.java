package io.followthrough.workers.api;

import io.followthrough.workers.ops.OperationException;
import io.followthrough.workers.ops.ResolvedTask;
import io.followthrough.workers.ops.TaskDetail;
import io.followthrough.workers.ops.TaskOperations;
import io.followthrough.workers.ops.TaskView;
import io.followthrough.workers.security.ActorResolver;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import java.util.List;

/**
 * The exception inbox over HTTP: {@code /api/tasks}. Task ids contain {@code /}: send them
 * URL-encoded in the path ({@code fax-intake%2Fab12…%2Freview-1}).
 */
@Controller("/api/tasks")
@Requires(beans = TaskOperations.class)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class TaskController {

  private final TaskOperations tasks;
  private final ActorResolver actors;

  public TaskController(TaskOperations tasks, ActorResolver actors) {
    this.tasks = tasks;
    this.actors = actors;
  }

  /** Open tasks for the caller's role, most urgent first. */
  @Get
  public List<TaskView> inbox(
      Authentication authentication,
      @Nullable @QueryValue String outcomeType,
      @Nullable @QueryValue Integer limit) {
    return tasks.inbox(
        actors.actor(authentication), blankToNull(outcomeType), limit == null ? 50 : limit);
  }

  /** One task with its timeline, suggestion and documents. */
  @Get("/{taskId}")
  public TaskDetail task(Authentication authentication, @PathVariable String taskId) {
    return tasks.get(actors.actor(authentication), taskId);
  }

  @Post("/{taskId}/claim")
  public TaskView claim(Authentication authentication, @PathVariable String taskId) {
    return tasks.claim(actors.actor(authentication), taskId);
  }

  /** Sends the decision to the workflow (the {@code completeTask} Update). */
  @Post("/{taskId}/resolve")
  public ResolvedTask resolve(
      Authentication authentication,
      @PathVariable String taskId,
      @Nullable @Body ResolveRequest request) {
    if (request == null) {
      throw missingBody("{\"resolution\":\"<code>\"}");
    }
    return tasks.resolve(actors.actor(authentication), taskId, request.resolution());
  }

  @Post("/{taskId}/reassign")
  public TaskView reassign(
      Authentication authentication,
      @PathVariable String taskId,
      @Nullable @Body ReassignRequest request) {
    if (request == null) {
      throw missingBody("{\"staffId\":\"<staff id>\"}");
    }
    return tasks.reassign(actors.actor(authentication), taskId, request.staffId());
  }

  @Post("/{taskId}/snooze")
  public TaskView snooze(
      Authentication authentication,
      @PathVariable String taskId,
      @Nullable @Body SnoozeRequest request) {
    if (request == null) {
      throw missingBody("{\"until\":\"<ISO-8601 instant>\",\"reasonCode\":\"<code>\"}");
    }
    return tasks.snooze(
        actors.actor(authentication), taskId, request.until(), request.reasonCode());
  }

  static OperationException missingBody(String shape) {
    return new OperationException(
        OperationException.Kind.BAD_REQUEST, "BAD_REQUEST", "send a JSON body " + shape);
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
