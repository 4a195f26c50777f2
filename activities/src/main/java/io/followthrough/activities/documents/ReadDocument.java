package io.followthrough.activities.documents;

import java.util.List;

/**
 * The text of one incoming file.
 *
 * @param documentId lowercase hex SHA-256 of the file's bytes: the same fax twice is one document
 * @param mediaType detected media type, e.g. {@code application/pdf}, {@code image/tiff}
 * @param pages the pages in order
 */
public record ReadDocument(String documentId, String mediaType, List<PageText> pages) {
  public ReadDocument {
    pages = List.copyOf(pages);
  }
}
