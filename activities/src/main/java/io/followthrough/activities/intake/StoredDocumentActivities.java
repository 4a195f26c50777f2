package io.followthrough.activities.intake;

import io.followthrough.activities.ai.DocumentIntakeActivitiesImpl;
import io.followthrough.activities.ai.DocumentUnderstanding;
import io.followthrough.activities.documents.DocumentReader;
import io.followthrough.activities.documents.store.DocumentStore;
import io.followthrough.documents.DocumentFacts;
import io.followthrough.documents.DocumentIntakeActivities;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link DocumentIntakeActivities} over the encrypted document store: each call decrypts the
 * document to a private temp file for the reader and deletes it afterwards. The reader, the model
 * and the store are built on first use, so a worker that never sees a document pays nothing.
 */
final class StoredDocumentActivities implements DocumentIntakeActivities {

  private final Supplier<DocumentStore> store;
  private final Supplier<DocumentReader> reader;
  private final Supplier<DocumentUnderstanding> understanding;
  private final Path scratch;

  StoredDocumentActivities(
      Supplier<DocumentStore> store,
      Supplier<DocumentReader> reader,
      Supplier<DocumentUnderstanding> understanding,
      Path scratch) {
    this.store = store;
    this.reader = reader;
    this.understanding = understanding;
    this.scratch = scratch;
  }

  @Override
  public DocumentFacts understand(String documentId) {
    DocumentStore documents = store.get();
    if (documentId == null
        || !documentId.matches("[0-9a-f]{64}")
        || !documents.contains(documentId)) {
      return new DocumentIntakeActivitiesImpl(
              id -> Optional.empty(), reader.get(), understanding.get())
          .understand(documentId);
    }
    Path plain = null;
    try {
      Files.createDirectories(scratch);
      plain = Files.createTempFile(scratch, "doc-", ".bin");
      documents.export(documentId, plain);
      Path file = plain;
      return new DocumentIntakeActivitiesImpl(
              id -> Optional.of(file), reader.get(), understanding.get())
          .understand(documentId);
    } catch (IOException e) {
      // Disk or key problems are not the document's fault: let Temporal retry.
      throw new UncheckedIOException("cannot read stored document", e);
    } finally {
      if (plain != null) {
        try {
          Files.deleteIfExists(plain);
        } catch (IOException ignored) {
          // A leftover temp file is removed with the next cleanup of the scratch folder.
        }
      }
    }
  }
}
