package io.followthrough.workers.intake;

import io.followthrough.intake.FaxIntakeWorkflow;
import io.followthrough.intake.IntakeSummary;
import io.followthrough.sdk.OutcomeState;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import java.io.IOException;
import java.util.Map;

/**
 * {@code POST /api/documents}: a document as multipart field {@code file} or as the raw body (any
 * Content-Type; the type is read from the content). 202 with an {@link IngestReceipt}; 413 too
 * large, 415 unsupported type, 400 damaged, encrypted or empty. {@code GET /api/documents/{id}}:
 * where its intake stands.
 */
@Controller("/api/documents")
@Requires(beans = WorkflowClient.class)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class DocumentController {

  private final DocumentIntake intake;
  private final WorkflowClient client;

  public DocumentController(DocumentIntake intake, WorkflowClient client) {
    this.intake = intake;
    this.client = client;
  }

  @Post(consumes = MediaType.MULTIPART_FORM_DATA)
  public HttpResponse<?> uploadForm(@Nullable CompletedFileUpload file) throws IOException {
    if (file == null) {
      return IntakeErrors.badRequest(
          "MISSING_FILE", "send the document in the multipart field 'file'");
    }
    if (file.getSize() > intake.maxBytes()) {
      return IntakeErrors.of(tooLarge());
    }
    return accept(file.getBytes());
  }

  @Post(consumes = MediaType.ALL)
  public HttpResponse<?> uploadRaw(@Nullable @Body byte[] body) {
    return accept(body == null ? new byte[0] : body);
  }

  /** Type guess, confidence, field names (no values), stage and open tasks of the intake. */
  @Get("/{documentId}")
  public HttpResponse<?> status(@PathVariable String documentId) {
    if (!documentId.matches("[0-9a-f]{64}")) {
      return IntakeErrors.badRequest("BAD_ID", "a document id is 64 lowercase hex digits");
    }
    FaxIntakeWorkflow workflow =
        client.newWorkflowStub(FaxIntakeWorkflow.class, FaxIntakeWorkflow.workflowId(documentId));
    try {
      IntakeSummary summary = workflow.intake();
      OutcomeState state = workflow.state();
      return HttpResponse.ok(Map.of("intake", summary, "state", state));
    } catch (WorkflowNotFoundException e) {
      return HttpResponse.notFound(
          Map.of("error", "NOT_FOUND", "message", "no intake for this document"));
    }
  }

  private HttpResponse<?> accept(byte[] bytes) {
    try {
      return HttpResponse.accepted().body(intake.ingest(bytes, "upload", false));
    } catch (IngestRejectedException e) {
      return IntakeErrors.of(e);
    }
  }

  private IngestRejectedException tooLarge() {
    return new IngestRejectedException(
        io.followthrough.activities.documents.DocumentRejectedException.Reason.TOO_LARGE,
        "The file is larger than the limit of " + intake.maxBytes() + " bytes");
  }
}
