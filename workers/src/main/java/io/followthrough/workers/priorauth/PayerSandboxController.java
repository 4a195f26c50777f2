package io.followthrough.workers.priorauth;

import io.followthrough.activities.payer.PayerException;
import io.followthrough.activities.payer.SandboxPayer;
import io.followthrough.priorauth.PayerDecision;
import io.followthrough.workers.sandbox.SandboxEnabled;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /sandbox/payer/*}: see what the sandbox payer received (submissions and appeals, refs and
 * codes only), force its decision, and read the scheduling queue the prior authorizations tell.
 * Only where the sandbox runs ({@link SandboxEnabled}).
 */
@Controller("/sandbox/payer")
@Requires(condition = SandboxEnabled.class)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class PayerSandboxController {
  private final SandboxPayer payer;

  public PayerSandboxController(SandboxPayer payer) {
    this.payer = payer;
  }

  /** Every submission and appeal, oldest first. */
  @Get("/submissions")
  public HttpResponse<?> submissions() {
    return HttpResponse.ok(payer.submissions());
  }

  @Get("/submissions/{id}")
  public HttpResponse<?> submission(@PathVariable String id) {
    return payer
        .submission(id)
        .<HttpResponse<?>>map(HttpResponse::ok)
        .orElseGet(() -> error(HttpStatus.NOT_FOUND, "UnknownSubmission", "no submission " + id));
  }

  /** Forces the payer's answer and signals {@code payerUpdate} to the submission's workflow. */
  @Post(value = "/submissions/{id}/decision", consumes = MediaType.APPLICATION_JSON)
  public HttpResponse<?> decide(@PathVariable String id, @Nullable @Body DecisionRequest request) {
    PayerDecision decision;
    try {
      decision =
          PayerDecision.valueOf(
              request == null || request.decision() == null
                  ? ""
                  : request.decision().trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return error(
          HttpStatus.BAD_REQUEST,
          "InvalidInput",
          "decision is one of " + Arrays.toString(PayerDecision.values()));
    }
    try {
      return HttpResponse.ok(payer.force(id, decision, request.reason(), request.items()));
    } catch (PayerException e) {
      return error(
          "UnknownSubmission".equals(e.type()) ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST,
          e.type(),
          e.getMessage());
    }
  }

  /** What the scheduling queue was told, oldest first. */
  @Get("/scheduler")
  public HttpResponse<?> scheduler() {
    return HttpResponse.ok(payer.notices());
  }

  private static HttpResponse<?> error(HttpStatus status, String code, String message) {
    return HttpResponse.status(status).body(Map.of("error", code, "message", message));
  }
}
