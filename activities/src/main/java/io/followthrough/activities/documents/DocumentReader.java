package io.followthrough.activities.documents;

import java.nio.file.Path;

/**
 * Turns one incoming file (PDF, TIFF fax, PNG/JPEG) into page texts, page by page, with bounded
 * memory. Uses the PDF text layer where a page has real text and OCR otherwise.
 */
public interface DocumentReader {

  /**
   * Reads every page of {@code file}.
   *
   * @throws DocumentRejectedException when the file cannot be read as a document; its reason says
   *     why in words fit for a review task (never any document content)
   */
  ReadDocument read(Path file) throws DocumentRejectedException;
}
