package io.followthrough.activities.documents.ocr;

/**
 * The OCR engine itself failed (natives missing, model not loadable, platform unsupported). Not a
 * problem with the document: callers should retry or alert, never reject the file.
 */
public class OcrEngineException extends RuntimeException {

  public OcrEngineException(String message, Throwable cause) {
    super(message, cause);
  }
}
