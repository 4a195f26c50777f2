package io.followthrough.sdk;

/**
 * The worker's encryption for data a module keeps at rest (e.g. stored documents), under the same
 * key ring as workflow payloads, so key rotation covers both. Obtained from {@link
 * ModuleEnvironment#atRestEncryption()}.
 */
public interface AtRestEncryption {

  /** Encrypts {@code plain} under the active key; the result names its key, so rotation works. */
  byte[] seal(byte[] plain);

  /**
   * Decrypts what {@link #seal} made, with whichever key of the ring sealed it.
   *
   * @throws IllegalStateException when the data was altered or its key is not in the ring
   */
  byte[] open(byte[] sealed);
}
