package io.followthrough.activities.documents.store;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce per blob. Envelope: version byte {@code 1}, nonce,
 * ciphertext with its 128-bit tag. The version byte lets a key-ring cipher replace this one later
 * while old blobs stay readable.
 */
public final class AesGcmBlobCipher implements BlobCipher {

  private static final byte VERSION = 1;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param key32 a 32-byte AES-256 key (copied)
   */
  public AesGcmBlobCipher(byte[] key32) {
    if (key32 == null || key32.length != 32) {
      throw new IllegalArgumentException("AES-256 needs a 32-byte key");
    }
    this.key = new SecretKeySpec(Arrays.copyOf(key32, 32), "AES");
  }

  @Override
  public byte[] seal(byte[] plain) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(new byte[] {VERSION});
      byte[] body = cipher.doFinal(plain);
      return ByteBuffer.allocate(1 + NONCE_BYTES + body.length)
          .put(VERSION)
          .put(nonce)
          .put(body)
          .array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  @Override
  public byte[] open(byte[] sealed) {
    if (sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != VERSION) {
      throw new IllegalStateException("Not a blob sealed by this cipher");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
      cipher.updateAAD(sealed, 0, 1);
      return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Blob failed authentication (tampered or wrong key)", e);
    }
  }
}
