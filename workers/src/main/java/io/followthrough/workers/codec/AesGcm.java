package io.followthrough.workers.codec;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/** AES-256-GCM with a random 12-byte IV prepended to the ciphertext (and its 16-byte tag). */
final class AesGcm {
  static final SecureRandom RANDOM = new SecureRandom();
  static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private AesGcm() {}

  /** Returns IV || ciphertext || tag; {@code aad} is authenticated but not stored. */
  static byte[] encrypt(SecretKey key, byte[] plaintext, byte[] aad) {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(aad);
      byte[] out = new byte[IV_BYTES + cipher.getOutputSize(plaintext.length)];
      System.arraycopy(iv, 0, out, 0, IV_BYTES);
      cipher.doFinal(plaintext, 0, plaintext.length, out, IV_BYTES);
      return out;
    } catch (GeneralSecurityException e) {
      // AES-GCM is mandatory in every Java runtime; failing here is a broken JVM, not bad input.
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  /**
   * Reverses {@link #encrypt}.
   *
   * @throws GeneralSecurityException if the data is truncated, altered, or the key is wrong
   */
  static byte[] decrypt(SecretKey key, byte[] sealed, byte[] aad) throws GeneralSecurityException {
    if (sealed.length < IV_BYTES + TAG_BITS / 8) {
      throw new GeneralSecurityException("ciphertext too short");
    }
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(
        Cipher.DECRYPT_MODE,
        key,
        new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(sealed, 0, IV_BYTES)));
    cipher.updateAAD(aad);
    return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
  }
}
