package io.followthrough.workers.intake;

import io.followthrough.activities.documents.DocumentReaderSettings;
import io.followthrough.activities.documents.DocumentRejectedException;
import io.followthrough.activities.documents.DocumentRejectedException.Reason;
import io.followthrough.activities.documents.store.DocumentStore;
import io.followthrough.activities.intake.DocumentIntakeModule;
import io.followthrough.activities.intake.DocumentPrecheck;
import io.followthrough.activities.intake.IntakeStorage;
import io.followthrough.activities.store.OpsStore;
import io.followthrough.activities.store.documents.IndexedDocument;
import io.followthrough.intake.FaxIntakeInput;
import io.followthrough.intake.FaxIntakeWorkflow;
import io.followthrough.workers.codec.KeyRing;
import io.followthrough.workers.codec.KeyRingEncryption;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way documents enter Followthrough (HTTP upload, fax webhook, inbox folder, demo): checks
 * size and type, stores the bytes once (encrypted, content hash = id), indexes them in the ops
 * store when one is configured, and starts the {@code FaxIntake} workflow idempotently.
 */
@Singleton
public final class DocumentIntake {
  private static final Logger log = LoggerFactory.getLogger(DocumentIntake.class);

  private final WorkflowClient client;
  private final DocumentStore store;
  private final DocumentPrecheck precheck;
  private final long maxBytes;
  private final OpsStore opsStore;
  private final String taskQueue = new DocumentIntakeModule().taskQueue();

  public DocumentIntake(
      WorkflowClient client,
      KeyRing keyRing,
      IntakeProperties properties,
      @Value("${followthrough.data-dir:.followthrough}") String dataDirectory,
      @Nullable OpsStore opsStore) {
    this.client = client;
    this.maxBytes = properties.maxBytes();
    this.opsStore = opsStore;
    this.precheck =
        new DocumentPrecheck(DocumentReaderSettings.defaults().withMaxFileBytes(maxBytes));
    try {
      this.store =
          IntakeStorage.open(Path.of(dataDirectory), new KeyRingEncryption(keyRing), maxBytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the document store in " + dataDirectory, e);
    }
  }

  /** Largest document accepted, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /** Ingests a file (the inbox, the CLI's server side); refuses files over the limit unread. */
  public IngestReceipt ingest(Path file, String source) throws IngestRejectedException {
    try {
      if (Files.size(file) > maxBytes) {
        throw new IngestRejectedException(
            Reason.TOO_LARGE, "The file is larger than the limit of " + maxBytes + " bytes");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return ingest(in.readNBytes((int) maxBytes + 1), source, false);
      }
    } catch (IOException e) {
      // No file name: fax file names often carry a patient name.
      throw new UncheckedIOException("cannot read the file to ingest", e);
    }
  }

  /**
   * Ingests {@code bytes} from {@code source} (e.g. {@code upload}, {@code fax:acme}).
   *
   * @param keepDamaged store and start the intake even when the file is damaged, encrypted or of an
   *     unknown type, so a coordinator reviews it (for senders that cannot be told "no", such as
   *     fax providers); empty and oversized files are refused regardless
   * @throws IngestRejectedException with the reader's reason when refused
   */
  public IngestReceipt ingest(byte[] bytes, String source, boolean keepDamaged)
      throws IngestRejectedException {
    String mediaType = null;
    int pages = 0;
    String rejection = null;
    try {
      DocumentPrecheck.Checked checked = precheck.check(bytes);
      mediaType = checked.format().mediaType();
      pages = checked.pages();
    } catch (DocumentRejectedException e) {
      boolean refuse = e.reason() == Reason.TOO_LARGE || e.reason() == Reason.EMPTY;
      if (!keepDamaged || refuse) {
        throw new IngestRejectedException(e.reason(), e.getMessage());
      }
      rejection = e.reason().name();
    }
    String documentId;
    try {
      documentId = store.put(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store the document", e);
    }
    String workflowId = FaxIntakeWorkflow.workflowId(documentId);
    boolean duplicate = !start(documentId, workflowId, source, pages);
    index(documentId, mediaType, pages, workflowId);
    log.info(
        "document {}... from {}: {}",
        documentId.substring(0, 12),
        source,
        duplicate ? "duplicate" : "intake started");
    return new IngestReceipt(documentId, workflowId, duplicate, mediaType, pages, rejection);
  }

  /** Starts the intake; false when a run for this document exists already (open or closed). */
  private boolean start(String documentId, String workflowId, String source, int pages) {
    WorkflowOptions options =
        WorkflowOptions.newBuilder()
            .setWorkflowId(workflowId)
            .setTaskQueue(taskQueue)
            .setWorkflowIdReusePolicy(
                WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
            .build();
    FaxIntakeWorkflow workflow = client.newWorkflowStub(FaxIntakeWorkflow.class, options);
    try {
      WorkflowClient.start(
          workflow::run, new FaxIntakeInput(documentId, source, System.currentTimeMillis(), pages));
      return true;
    } catch (WorkflowExecutionAlreadyStarted e) {
      return false;
    }
  }

  private void index(String documentId, String mediaType, int pages, String workflowId) {
    if (opsStore == null) {
      return;
    }
    opsStore
        .documents()
        .register(
            new IndexedDocument(
                documentId,
                mediaType == null ? "application/octet-stream" : mediaType,
                pages,
                Instant.now(),
                null,
                workflowId));
  }
}
