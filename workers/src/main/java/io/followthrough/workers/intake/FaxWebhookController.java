package io.followthrough.workers.intake;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.temporal.client.WorkflowClient;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /webhooks/fax}: a received fax from any provider, as {@link FaxWebhook} JSON. The
 * document is stored and its intake started before the 202; a damaged or unreadable document is
 * still kept and goes to a coordinator (a fax cannot be refused back to its sender). 400 for a
 * malformed request, 413 for an oversized document, 502 when {@code media_url} cannot be fetched
 * (the provider should retry).
 */
@Controller("/webhooks/fax")
@Requires(beans = WorkflowClient.class)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class FaxWebhookController {

  private final DocumentIntake intake;
  private final MediaFetcher fetcher;

  public FaxWebhookController(DocumentIntake intake, MediaFetcher fetcher) {
    this.intake = intake;
    this.fetcher = fetcher;
  }

  @Post(consumes = MediaType.APPLICATION_JSON)
  public HttpResponse<?> receive(@Nullable @Body FaxWebhook fax) {
    if (fax == null) {
      return IntakeErrors.badRequest("BAD_REQUEST", "send the fax as JSON");
    }
    boolean inline = fax.mediaBase64() != null && !fax.mediaBase64().isBlank();
    boolean remote = fax.mediaUrl() != null && !fax.mediaUrl().isBlank();
    if (inline == remote) {
      return IntakeErrors.badRequest(
          "BAD_REQUEST", "send exactly one of media_base64 and media_url");
    }
    String urlProblem = remote ? MediaFetcher.urlProblem(fax.mediaUrl()) : null;
    if (urlProblem != null) {
      return IntakeErrors.badRequest("BAD_REQUEST", urlProblem);
    }
    String provider =
        fax.provider() == null || fax.provider().isBlank() ? "unknown" : fax.provider();
    if (!provider.matches("[A-Za-z0-9._-]{1,40}")) {
      return IntakeErrors.badRequest("BAD_REQUEST", "provider must be 1-40 of A-Z a-z 0-9 . _ -");
    }
    try {
      byte[] bytes;
      if (inline) {
        try {
          bytes = Base64.getMimeDecoder().decode(fax.mediaBase64());
        } catch (IllegalArgumentException e) {
          return IntakeErrors.badRequest("BAD_REQUEST", "media_base64 is not valid base64");
        }
      } else {
        bytes = fetcher.fetch(fax.mediaUrl(), intake.maxBytes());
      }
      IngestReceipt receipt = intake.ingest(bytes, "fax:" + provider, true);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("faxId", fax.faxId());
      body.put("documentId", receipt.documentId());
      body.put("workflowId", receipt.workflowId());
      body.put("duplicate", receipt.duplicate());
      body.put("mediaType", receipt.mediaType());
      body.put("pages", receipt.pages());
      body.put("rejection", receipt.rejection());
      return HttpResponse.accepted().body(body);
    } catch (IngestRejectedException e) {
      return IntakeErrors.of(e);
    } catch (MediaFetcher.MediaUnavailable e) {
      return HttpResponse.status(io.micronaut.http.HttpStatus.BAD_GATEWAY)
          .body(Map.of("error", "MEDIA_UNAVAILABLE", "message", e.getMessage()));
    }
  }
}
