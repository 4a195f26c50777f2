package io.followthrough.workers.codec;

/**
 * The payload encryption keys are missing or malformed. The message is one line a person can act on
 * (it names where to put the key) and never contains key material.
 */
public final class CodecKeyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CodecKeyException(String message) {
    super(message);
  }
}
