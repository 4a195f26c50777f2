package io.followthrough.workers.intake;

import io.followthrough.workers.ops.DocumentDetail;
import io.followthrough.workers.ops.DocumentOperations;
import io.followthrough.workers.security.ActorResolver;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import java.io.IOException;

/**
 * {@code POST /api/documents}: a document as multipart field {@code file} or as the raw body (any
 * Content-Type; the type is read from the content). 202 with an {@link IngestReceipt}; 413 too
 * large, 415 unsupported type, 400 damaged, encrypted or empty. {@code GET /api/documents/{id}}:
 * index metadata, where its intake stands and the fields read with their evidence ({@code
 * fields=false} leaves the values out). Both need a bearer token and are audited.
 */
@Controller("/api/documents")
@Requires(beans = DocumentOperations.class)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class DocumentController {

  private final DocumentOperations documents;
  private final ActorResolver actors;

  public DocumentController(DocumentOperations documents, ActorResolver actors) {
    this.documents = documents;
    this.actors = actors;
  }

  @Post(consumes = MediaType.MULTIPART_FORM_DATA)
  public HttpResponse<?> uploadForm(
      Authentication authentication, @Nullable CompletedFileUpload file) throws IOException {
    if (file == null) {
      return IntakeErrors.badRequest(
          "MISSING_FILE", "send the document in the multipart field 'file'");
    }
    if (file.getSize() > documents.maxBytes()) {
      return IntakeErrors.of(tooLarge());
    }
    return accept(authentication, file.getBytes());
  }

  @Post(consumes = MediaType.ALL)
  public HttpResponse<?> uploadRaw(Authentication authentication, @Nullable @Body byte[] body) {
    return accept(authentication, body == null ? new byte[0] : body);
  }

  /** Metadata, intake progress and (unless {@code fields=false}) the fields with evidence. */
  @Get("/{documentId}")
  public DocumentDetail status(
      Authentication authentication,
      @PathVariable String documentId,
      @Nullable @QueryValue Boolean fields) {
    return documents.get(actors.actor(authentication), documentId, fields == null || fields);
  }

  private HttpResponse<?> accept(Authentication authentication, byte[] bytes) {
    try {
      return HttpResponse.accepted()
          .body(documents.ingest(actors.actor(authentication), bytes, "upload"));
    } catch (IngestRejectedException e) {
      return IntakeErrors.of(e);
    }
  }

  private IngestRejectedException tooLarge() {
    return new IngestRejectedException(
        io.followthrough.activities.documents.DocumentRejectedException.Reason.TOO_LARGE,
        "The file is larger than the limit of " + documents.maxBytes() + " bytes");
  }
}
