package io.followthrough.workers.faxrouting;

import io.followthrough.activities.practice.ChartFiling;
import io.followthrough.activities.practice.PracticeException;
import io.followthrough.activities.practice.PracticeSandbox;
import io.followthrough.faxrouting.FaxRoutingWorkflow;
import io.followthrough.workers.sandbox.SandboxEnabled;
import io.micronaut.context.BeanProvider;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.temporal.client.WorkflowClient;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /sandbox/charts/*}: the sandbox practice's patient charts as fax routing fills them. List
 * filings (by patient, queue or document), and acknowledge one as its provider would in the EHR:
 * the sandbox records it and the filing's workflow ({@code fax-routing/<documentId>}) gets the
 * {@code acknowledged} signal. Should the signal fail, the workflow still finds the acknowledgement
 * when it next asks the chart (before each reminder). Only in dev mode or with the sandbox enabled.
 */
@Controller("/sandbox/charts")
@Requires(condition = SandboxEnabled.class)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class ChartController {
  private static final Logger log = LoggerFactory.getLogger(ChartController.class);

  private final PracticeSandbox sandbox;
  private final BeanProvider<WorkflowClient> client;

  public ChartController(PracticeSandbox sandbox, BeanProvider<WorkflowClient> client) {
    this.sandbox = sandbox;
    this.client = client;
  }

  /** Filings, oldest first, optionally only of one patient, queue or document. */
  @Get("/filings")
  public List<ChartFiling> filings(
      @Nullable @QueryValue String patient,
      @Nullable @QueryValue String queue,
      @Nullable @QueryValue String document) {
    return sandbox.practice().filings().stream()
        .filter(f -> patient == null || patient.equals(f.patientRef()))
        .filter(f -> queue == null || queue.equals(f.queue()))
        .filter(f -> document == null || document.equals(f.documentId()))
        .toList();
  }

  @Get("/filings/{filingId}")
  public HttpResponse<?> filing(@PathVariable String filingId) {
    return sandbox
        .practice()
        .filing(filingId)
        .<HttpResponse<?>>map(HttpResponse::ok)
        .orElseGet(() -> error(HttpStatus.NOT_FOUND, "FilingNotFound", "unknown filing"));
  }

  /** What a chart shows: the patient's filings by section. */
  @Get("/patients/{patientRef}")
  public Map<String, List<ChartFiling>> chart(@PathVariable String patientRef) {
    Map<String, List<ChartFiling>> sections = new java.util.TreeMap<>();
    filings(patientRef, null, null)
        .forEach(
            f -> sections.computeIfAbsent(f.section(), s -> new java.util.ArrayList<>()).add(f));
    return sections;
  }

  /**
   * The provider acknowledges the filing: body {@code {"by":"prov-03"}}. Answers the filing and
   * whether its workflow was signalled.
   */
  @Post(value = "/filings/{filingId}/acknowledge", consumes = MediaType.APPLICATION_JSON)
  public HttpResponse<?> acknowledge(
      @PathVariable String filingId, @Nullable @Body Map<String, String> body) {
    String by = body == null ? null : body.get("by");
    if (by == null || by.isBlank()) {
      return error(
          HttpStatus.BAD_REQUEST, "InvalidInput", "by (the acknowledging ref) is required");
    }
    ChartFiling filing;
    try {
      filing = sandbox.practice().acknowledgeFiling(filingId, by);
    } catch (PracticeException e) {
      return error(HttpStatus.NOT_FOUND, e.code(), e.getMessage());
    }
    boolean signalled = signal(filing);
    return HttpResponse.ok(Map.of("filing", filing, "signalled", signalled));
  }

  /** Signals the filing's fax routing workflow; false when it names none or the signal failed. */
  private boolean signal(ChartFiling filing) {
    String workflowId = filing.workflowId();
    if (workflowId == null || !workflowId.startsWith(FaxRoutingWorkflow.OUTCOME_TYPE + "/")) {
      return false;
    }
    try {
      client
          .get()
          .newWorkflowStub(FaxRoutingWorkflow.class, workflowId)
          .acknowledged(filing.acknowledgedBy());
      return true;
    } catch (RuntimeException e) {
      // Refs only in the log; the workflow still finds the acknowledgement in the chart.
      log.warn("acknowledged signal to {} failed ({})", workflowId, e.getClass().getSimpleName());
      return false;
    }
  }

  private static HttpResponse<Map<String, String>> error(
      HttpStatus status, String code, String message) {
    return HttpResponse.<Map<String, String>>status(status)
        .body(Map.of("error", code, "message", message));
  }
}
