package io.followthrough.activities.store.documents;

import java.time.Instant;

/**
 * A received document as indexed: its content hash, never its content.
 *
 * @param documentIdHash lower-case hex SHA-256 of the document bytes
 * @param mediaType e.g. {@code application/pdf}, {@code image/tiff}
 * @param pages page count
 * @param receivedAt when it arrived
 * @param documentType classification code once classified, else null
 * @param workflowId the outcome it started or joined, or null
 */
public record IndexedDocument(
    String documentIdHash,
    String mediaType,
    int pages,
    Instant receivedAt,
    String documentType,
    String workflowId) {

  public IndexedDocument {
    if (documentIdHash == null || !documentIdHash.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("documentIdHash must be a lower-case hex SHA-256");
    }
    if (mediaType == null || !mediaType.matches("[a-z]+/[a-z0-9.+-]+")) {
      throw new IllegalArgumentException("mediaType must be a media type such as application/pdf");
    }
    if (pages < 0 || receivedAt == null) {
      throw new IllegalArgumentException("pages must not be negative and receivedAt is required");
    }
  }
}
