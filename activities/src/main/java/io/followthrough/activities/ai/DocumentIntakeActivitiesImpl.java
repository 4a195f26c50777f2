package io.followthrough.activities.ai;

import io.followthrough.activities.documents.DocumentReader;
import io.followthrough.activities.documents.DocumentRejectedException;
import io.followthrough.activities.documents.ReadDocument;
import io.followthrough.activities.documents.store.DocumentStore;
import io.followthrough.documents.DocumentFacts;
import io.followthrough.documents.DocumentIntakeActivities;
import io.followthrough.documents.ExtractedField;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

public final class DocumentIntakeActivitiesImpl implements DocumentIntakeActivities {
  private final DocumentLocator locator;
  private final DocumentStore store;
  private final DocumentReader reader;
  private final DocumentUnderstanding understanding;

  /** Reads documents from files found by {@code locator}. */
  public DocumentIntakeActivitiesImpl(
      DocumentLocator locator, DocumentReader reader, DocumentUnderstanding understanding) {
    this.locator = locator;
    this.store = null;
    this.reader = reader;
    this.understanding = understanding;
  }

  /** Reads documents from the encrypted store (decrypted to a private temp file while read). */
  public DocumentIntakeActivitiesImpl(
      DocumentStore store, DocumentReader reader, DocumentUnderstanding understanding) {
    this.locator = null;
    this.store = store;
    this.reader = reader;
    this.understanding = understanding;
  }

  @Override
  public DocumentFacts understand(String documentId) {
    ReadDocument read = store != null ? readStored(documentId) : readLocated(documentId);
    return understandRead(documentId, read);
  }

  private ReadDocument readLocated(String documentId) {
    Path file = locator.locate(documentId).orElseThrow(DocumentIntakeActivitiesImpl::notFound);
    return readFile(file);
  }

  private ReadDocument readStored(String documentId) {
    if (documentId == null || !documentId.matches("[0-9a-f]{64}") || !store.contains(documentId)) {
      throw notFound();
    }
    Path temp = null;
    try {
      temp = Files.createTempFile("followthrough-doc-", ".bin");
      store.export(documentId, temp);
      return readFile(temp);
    } catch (IOException e) {
      throw ApplicationFailure.newNonRetryableFailure(
          "stored document cannot be decrypted or does not match its id", DOCUMENT_REJECTED);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // The temp folder is private to the worker; a leftover is removed on the next start.
        }
      }
    }
  }

  private static ApplicationFailure notFound() {
    return ApplicationFailure.newNonRetryableFailure(
        "no stored document with this id", DOCUMENT_NOT_FOUND);
  }

  private ReadDocument readFile(Path file) {
    try {
      return reader.read(file);
    } catch (DocumentRejectedException e) {
      // The message is safe by contract: it names the problem, never the content.
      throw ApplicationFailure.newNonRetryableFailure(
          e.getMessage(), DOCUMENT_REJECTED, e.reason().name());
    }
  }

  private DocumentFacts understandRead(String documentId, ReadDocument read) {
    Understanding u;
    try {
      u = understanding.understand(read);
    } catch (UnderstandingFailedException e) {
      if (e.retryable()) {
        throw ApplicationFailure.newFailure(e.getMessage(), UNDERSTANDING_FAILED + "Transient");
      }
      throw ApplicationFailure.newNonRetryableFailure(e.getMessage(), UNDERSTANDING_FAILED);
    }
    return toFacts(documentId, u, read.pages().size());
  }

  static DocumentFacts toFacts(String documentId, Understanding u, int pages) {
    Map<String, ExtractedField> fields = new LinkedHashMap<>();
    u.fields()
        .forEach(
            (name, f) ->
                fields.put(
                    name,
                    new ExtractedField(
                        f.value(),
                        f.confidence(),
                        f.evidence().page(),
                        f.evidence().start(),
                        f.evidence().end(),
                        f.valid())));
    return new DocumentFacts(
        documentId,
        u.classification().type().wireName(),
        u.classification().confidence(),
        u.needsHuman(),
        fields,
        u.missingRequired(),
        u.needsReview(),
        pages);
  }
}
