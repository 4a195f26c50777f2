package io.followthrough.activities.documents.store;

/**
 * Encrypts stored documents at rest. Implementations own their envelope format (algorithm, key id,
 * nonce) and must authenticate it: {@link #open} fails on any tampered or foreign blob.
 */
public interface BlobCipher {

  /** Encrypts {@code plain} into a self-describing envelope. */
  byte[] seal(byte[] plain);

  /**
   * Decrypts an envelope made by {@link #seal}.
   *
   * @throws java.security.GeneralSecurityException wrapped in {@link IllegalStateException} when
   *     the envelope is tampered with, truncated or sealed under another key
   */
  byte[] open(byte[] sealed);
}
