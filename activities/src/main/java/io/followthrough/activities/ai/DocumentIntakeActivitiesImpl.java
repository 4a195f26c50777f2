package io.followthrough.activities.ai;

import io.followthrough.activities.documents.DocumentReader;
import io.followthrough.activities.documents.DocumentRejectedException;
import io.followthrough.activities.documents.ReadDocument;
import io.followthrough.documents.DocumentFacts;
import io.followthrough.documents.DocumentIntakeActivities;
import io.followthrough.documents.ExtractedField;
import io.temporal.failure.ApplicationFailure;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

public final class DocumentIntakeActivitiesImpl implements DocumentIntakeActivities {
  private final DocumentLocator locator;
  private final DocumentReader reader;
  private final DocumentUnderstanding understanding;

  public DocumentIntakeActivitiesImpl(
      DocumentLocator locator, DocumentReader reader, DocumentUnderstanding understanding) {
    this.locator = locator;
    this.reader = reader;
    this.understanding = understanding;
  }

  @Override
  public DocumentFacts understand(String documentId) {
    Path file =
        locator
            .locate(documentId)
            .orElseThrow(
                () ->
                    ApplicationFailure.newNonRetryableFailure(
                        "no stored document with this id", DOCUMENT_NOT_FOUND));
    ReadDocument read;
    try {
      read = reader.read(file);
    } catch (DocumentRejectedException e) {
      // The message is safe by contract: it names the problem, never the content.
      throw ApplicationFailure.newNonRetryableFailure(
          e.getMessage(), DOCUMENT_REJECTED, e.reason().name());
    }
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
