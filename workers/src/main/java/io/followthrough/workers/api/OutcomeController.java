package io.followthrough.workers.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.workers.ops.OperationException;
import io.followthrough.workers.ops.OutcomeDetail;
import io.followthrough.workers.ops.OutcomeFilter;
import io.followthrough.workers.ops.OutcomeOperations;
import io.followthrough.workers.ops.OutcomeSummary;
import io.followthrough.workers.ops.StartedOutcome;
import io.followthrough.workers.security.ActorResolver;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Map;

/**
 * Outcomes over HTTP: {@code /api/outcomes}. Workflow ids contain {@code /}: send them URL-encoded
 * in the path ({@code lab-result-follow-up%2FR-1}).
 */
@Controller("/api/outcomes")
@Requires(beans = OutcomeOperations.class)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class OutcomeController {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final OutcomeOperations outcomes;
  private final ActorResolver actors;

  public OutcomeController(OutcomeOperations outcomes, ActorResolver actors) {
    this.outcomes = outcomes;
    this.actors = actors;
  }

  /**
   * Outcomes, newest first, filtered by search attributes and/or a visibility query (e.g. {@code
   * ExecutionStatus = 'Running'}).
   */
  @Get
  public List<OutcomeSummary> list(
      Authentication authentication,
      @Nullable @QueryValue String query,
      @Nullable @QueryValue String type,
      @Nullable @QueryValue String stage,
      @Nullable @QueryValue String owner,
      @Nullable @QueryValue Boolean needsHuman,
      @Nullable @QueryValue Integer limit) {
    return outcomes.list(
        actors.actor(authentication),
        new OutcomeFilter(
            TaskController.blankToNull(query),
            TaskController.blankToNull(type),
            TaskController.blankToNull(stage),
            TaskController.blankToNull(owner),
            needsHuman,
            limit == null ? OutcomeOperations.MAX_LIMIT : limit));
  }

  /** State, timeline, outcome-specific views and documents of one outcome. */
  @Get("/{workflowId}")
  public OutcomeDetail outcome(Authentication authentication, @PathVariable String workflowId) {
    return outcomes.get(actors.actor(authentication), workflowId);
  }

  /** Starts an outcome: 201 with the run, 409 when the id has run before. */
  @Post
  @Status(HttpStatus.CREATED)
  public StartedOutcome start(Authentication authentication, @Nullable @Body StartRequest request) {
    if (request == null) {
      throw TaskController.missingBody(
          "{\"workflowType\":\"…\",\"workflowId\":\"…\",\"input\":{…}}");
    }
    return outcomes.start(
        actors.actor(authentication),
        request.workflowType(),
        request.workflowId(),
        request.input());
  }

  /** Sends a signal; the body (any JSON, or empty) is its argument. 202 when delivered. */
  @Post(value = "/{workflowId}/signals/{name}", consumes = MediaType.ALL)
  @Status(HttpStatus.ACCEPTED)
  public Map<String, String> signal(
      Authentication authentication,
      @PathVariable String workflowId,
      @PathVariable String name,
      @Nullable @Body String body) {
    outcomes.signal(actors.actor(authentication), workflowId, name, parse(body));
    return Map.of("workflowId", workflowId, "signal", name, "status", "delivered");
  }

  /** Requests cancellation; 202 when requested. */
  @Post("/{workflowId}/cancel")
  @Status(HttpStatus.ACCEPTED)
  public Map<String, String> cancel(
      Authentication authentication,
      @PathVariable String workflowId,
      @Nullable @Body CancelRequest request) {
    if (request == null) {
      throw TaskController.missingBody("{\"reasonCode\":\"<code>\"}");
    }
    outcomes.cancel(actors.actor(authentication), workflowId, request.reasonCode());
    return Map.of(
        "workflowId", workflowId, "status", "cancel-requested", "reasonCode", request.reasonCode());
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      // The body may carry PHI: say where it broke, never what it said.
      throw new OperationException(
          OperationException.Kind.BAD_REQUEST,
          "BAD_REQUEST",
          "the signal argument is not valid JSON (line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ")");
    }
  }
}
