package io.followthrough.activities.documents;

/** Where a page's text came from. */
public enum TextSource {
  /** The PDF's own text layer. */
  TEXT_LAYER,
  /** Optical character recognition of the rendered or decoded page image. */
  OCR
}
