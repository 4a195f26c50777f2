package io.followthrough.workers.triage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.followthrough.activities.triage.SandboxPager;
import io.followthrough.sdk.IdempotencyKeys;
import io.followthrough.triage.PagerResponse;
import io.followthrough.workers.sandbox.SandboxEnabled;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.temporal.client.WorkflowClient;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox pager over HTTP (dev only): {@code GET /sandbox/pager} lists every page; {@code POST
 * /sandbox/pager/{pageId}/answer} with {@code {"by":"dr-1","action":"acknowledged"}} (or {@code
 * "called-back"}) answers one and signals {@code pager} to the triage that sent it (the page's
 * idempotency key names the workflow; no PHI).
 */
@Controller("/sandbox/pager")
@Requires(condition = SandboxEnabled.class)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class PagerController {
  private static final Logger log = LoggerFactory.getLogger(PagerController.class);

  /** Body of an answer. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Answer(@JsonProperty("by") String by, @JsonProperty("action") String action) {}

  private final SandboxPager pager;
  private final BeanProvider<WorkflowClient> client;

  public PagerController(
      @Value("${followthrough.data-dir:.followthrough}") String dataDirectory,
      BeanProvider<WorkflowClient> client) {
    this.pager = SandboxPager.forDataDirectory(Path.of(dataDirectory));
    this.client = client;
  }

  @Get
  public HttpResponse<?> pages() {
    return HttpResponse.ok(pager.pages());
  }

  @Post(value = "/{pageId}/answer", consumes = MediaType.APPLICATION_JSON)
  public HttpResponse<?> answer(@PathVariable String pageId, @Nullable @Body Answer body) {
    if (body == null || body.by() == null || body.by().isBlank() || body.action() == null) {
      return HttpResponse.badRequest(
          Map.of("message", "send JSON with by and action (acknowledged or called-back)"));
    }
    SandboxPager.Page page;
    try {
      page = pager.answer(pageId, body.by().trim(), body.action().trim()).orElse(null);
    } catch (IllegalArgumentException e) {
      return HttpResponse.badRequest(Map.of("message", e.getMessage()));
    }
    if (page == null) {
      return HttpResponse.notFound(Map.of("code", "UnknownPage", "message", "no page " + pageId));
    }
    String workflowId = IdempotencyKeys.workflowIdOf(page.idempotencyKey()).orElse(null);
    String delivery = "uncorrelated";
    if (workflowId != null) {
      try {
        client
            .get()
            .newUntypedWorkflowStub(workflowId)
            .signal("pager", new PagerResponse(page.pageId(), page.answeredBy(), page.status()));
        delivery = "signalled";
      } catch (RuntimeException e) {
        log.warn(
            "pager answer {} not signalled to {} ({})",
            pageId,
            workflowId,
            e.getClass().getSimpleName());
        delivery = "not-running";
      }
    }
    return HttpResponse.ok(Map.of("page", page, "delivery", delivery));
  }
}
