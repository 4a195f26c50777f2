package io.followthrough.workers.ops;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.followthrough.activities.store.documents.IndexedDocument;

/**
 * A document of an outcome as indexed (no content).
 *
 * @param documentId SHA-256 of the bytes
 * @param mediaType e.g. {@code application/pdf}; null when only referenced, not indexed
 * @param pages page count, 0 when unknown
 * @param receivedAt ISO-8601, null when unknown
 * @param documentType classification code once classified
 * @param workflowId the outcome it started or joined
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DocumentRef(
    String documentId,
    String mediaType,
    int pages,
    String receivedAt,
    String documentType,
    String workflowId) {

  static DocumentRef of(IndexedDocument d) {
    return new DocumentRef(
        d.documentIdHash(),
        d.mediaType(),
        d.pages(),
        d.receivedAt() == null ? null : d.receivedAt().toString(),
        d.documentType(),
        d.workflowId());
  }

  static DocumentRef referenced(String documentId, String workflowId) {
    return new DocumentRef(documentId, null, 0, null, null, workflowId);
  }
}
