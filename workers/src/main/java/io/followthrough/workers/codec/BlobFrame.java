package io.followthrough.workers.codec;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.SecretKey;

/**
 * Framing of sealed blobs: {@code 'F' 'T' version idLength keyId IV ciphertext tag}. The header is
 * the GCM associated data, so swapping the key id or version is detected.
 */
final class BlobFrame {
  private static final byte[] MAGIC = {'F', 'T'};
  private static final byte VERSION = 1;

  private BlobFrame() {}

  static byte[] seal(KeyRing ring, byte[] plaintext) {
    byte[] header = header(ring.activeKeyId());
    byte[] body = AesGcm.encrypt(ring.activeKey(), plaintext, header);
    byte[] out = Arrays.copyOf(header, header.length + body.length);
    System.arraycopy(body, 0, out, header.length, body.length);
    return out;
  }

  static byte[] open(KeyRing ring, byte[] sealed) throws GeneralSecurityException {
    if (sealed.length < 4
        || sealed[0] != MAGIC[0]
        || sealed[1] != MAGIC[1]
        || sealed[2] != VERSION
        || sealed.length < 4 + sealed[3]) {
      throw new CodecKeyException("Not data sealed by Followthrough (unknown header)");
    }
    int idLength = sealed[3];
    String keyId = new String(sealed, 4, idLength, StandardCharsets.UTF_8);
    SecretKey key =
        ring.key(keyId)
            .orElseThrow(
                () ->
                    new CodecKeyException(
                        "Sealed data uses key '"
                            + keyId
                            + "', which is not in the key ring from "
                            + ring.source()));
    int headerLength = 4 + idLength;
    return AesGcm.decrypt(
        key,
        Arrays.copyOfRange(sealed, headerLength, sealed.length),
        Arrays.copyOf(sealed, headerLength));
  }

  private static byte[] header(String keyId) {
    byte[] id = keyId.getBytes(StandardCharsets.UTF_8);
    byte[] header = new byte[4 + id.length];
    header[0] = MAGIC[0];
    header[1] = MAGIC[1];
    header[2] = VERSION;
    header[3] = (byte) id.length;
    System.arraycopy(id, 0, header, 4, id.length);
    return header;
  }
}
