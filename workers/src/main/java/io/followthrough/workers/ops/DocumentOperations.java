package io.followthrough.workers.ops;

import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.activities.store.access.Action;
import io.followthrough.activities.store.access.Actor;
import io.followthrough.activities.store.access.Permissions;
import io.followthrough.activities.store.documents.IndexedDocument;
import io.followthrough.documents.DocumentFacts;
import io.followthrough.documents.DocumentIntakeActivities;
import io.followthrough.intake.FaxIntakeWorkflow;
import io.followthrough.sdk.OutcomeState;
import io.followthrough.workers.intake.DocumentIntake;
import io.followthrough.workers.intake.IngestReceipt;
import io.followthrough.workers.intake.IngestRejectedException;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.common.converter.DataConverter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Received documents: metadata from the document index, the intake's progress, and the fields read
 * from the document with their evidence. The fields are taken from the intake workflow's history
 * (the {@code UnderstandDocument} activity's result, decrypted by this process's key ring), so no
 * document is read again. Every read is audited as {@code read-document}.
 */
public final class DocumentOperations {

  private final OpsAuditor auditor;
  private final WorkflowReads reads;
  private final DocumentIntake intake;

  public DocumentOperations(OpsAuditor auditor, WorkflowReads reads, DocumentIntake intake) {
    this.auditor = auditor;
    this.reads = reads;
    this.intake = intake;
  }

  /**
   * Takes a document into intake for the actor (permission {@code start-outcome}); audited as
   * {@code upload-document}.
   *
   * @throws IngestRejectedException when the document is refused (size, type, damage)
   */
  public IngestReceipt ingest(Actor actor, byte[] bytes, String source)
      throws IngestRejectedException {
    Permissions.check(actor.role(), Action.START_OUTCOME);
    auditor.store();
    IngestReceipt receipt = intake.ingest(bytes, source, false);
    auditor.record(actor, "upload-document", "document:" + receipt.documentId());
    return receipt;
  }

  /** Largest document accepted, in bytes. */
  public long maxBytes() {
    return intake.maxBytes();
  }

  /**
   * @param withFields include field values and evidence (PHI); false for progress only
   */
  public DocumentDetail get(Actor actor, String documentId, boolean withFields) {
    Permissions.check(actor.role(), Action.VIEW_OUTCOME);
    if (documentId == null || !documentId.matches("[0-9a-f]{64}")) {
      throw OperationException.badRequest("a document id is 64 lowercase hex digits");
    }
    Optional<IndexedDocument> indexed = auditor.store().documents().find(documentId);
    String workflowId =
        indexed
            .map(IndexedDocument::workflowId)
            .filter(id -> id.startsWith(FaxIntakeWorkflow.OUTCOME_TYPE + "/"))
            .orElse(FaxIntakeWorkflow.workflowId(documentId));
    boolean running;
    try {
      reads.describe(workflowId);
      running = true;
    } catch (OperationException notFound) {
      running = false;
    }
    if (!running && indexed.isEmpty()) {
      throw OperationException.notFound("DOCUMENT_NOT_FOUND", "no intake for this document");
    }
    auditor.record(actor, "read-document", "document:" + documentId);
    CompletableFuture<Optional<OutcomeState>> state = reads.state(workflowId);
    JsonNode intake = running ? intake(workflowId) : null;
    Optional<DocumentFacts> facts = running ? facts(workflowId) : Optional.empty();
    List<DocumentField> fields = new ArrayList<>();
    if (withFields) {
      facts.ifPresent(
          f -> {
            for (Map.Entry<String, io.followthrough.documents.ExtractedField> e :
                f.fields().entrySet()) {
              fields.add(DocumentField.of(e.getKey(), e.getValue()));
            }
          });
    }
    return new DocumentDetail(
        documentId,
        workflowId,
        indexed.map(DocumentRef::of).orElse(null),
        intake,
        running ? reads.await(state).orElse(null) : null,
        facts.map(DocumentFacts::type).orElse(null),
        facts.map(DocumentFacts::typeConfidence).orElse(null),
        fields);
  }

  private JsonNode intake(String workflowId) {
    return reads.await(reads.query(workflowId, "intake", JsonNode.class)).orElse(null);
  }

  /** The result of the workflow's first completed {@code UnderstandDocument} activity. */
  private Optional<DocumentFacts> facts(String workflowId) {
    WorkflowClient client = reads.client();
    List<HistoryEvent> events = client.fetchHistory(workflowId).getEvents();
    Long scheduled = null;
    for (HistoryEvent event : events) {
      if (event.hasActivityTaskScheduledEventAttributes()
          && understand(event.getActivityTaskScheduledEventAttributes().getActivityType().getName())
          && scheduled == null) {
        scheduled = event.getEventId();
      }
      if (scheduled != null
          && event.hasActivityTaskCompletedEventAttributes()
          && event.getActivityTaskCompletedEventAttributes().getScheduledEventId() == scheduled) {
        Payloads result = event.getActivityTaskCompletedEventAttributes().getResult();
        DataConverter converter = client.getOptions().getDataConverter();
        return Optional.ofNullable(
            converter.fromPayloads(
                0, Optional.of(result), DocumentFacts.class, DocumentFacts.class));
      }
    }
    return Optional.empty();
  }

  private static boolean understand(String activityType) {
    return UNDERSTAND.equals(activityType);
  }

  private static final String UNDERSTAND = understandActivityType();

  private static String understandActivityType() {
    try {
      return DocumentIntakeActivities.class
          .getMethod("understand", String.class)
          .getAnnotation(io.temporal.activity.ActivityMethod.class)
          .name();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }
}
