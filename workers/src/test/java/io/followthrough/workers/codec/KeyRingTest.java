package io.followthrough.workers.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class KeyRingTest {
  private static final String K1 = KeyRing.newKeyLine("k1");
  private static final String K2 = KeyRing.newKeyLine("k2");

  @Test
  void firstKeyIsActiveAndCommaOrNewlineSeparateEntries() {
    KeyRing commas = KeyRing.parse(K2 + "," + K1, "test");
    KeyRing lines = KeyRing.parse("# rotated 2026-11\n\n" + K2 + "\n" + K1 + "\n", "test");
    assertEquals("k2", commas.activeKeyId());
    assertEquals("k2", lines.activeKeyId());
    assertTrue(lines.key("k1").isPresent());
  }

  @Test
  void sealedBlobOpensAfterRotationAndNamesNoPlaintext() {
    byte[] document = "referral fax page 1".getBytes(StandardCharsets.UTF_8);
    byte[] sealedByOld = KeyRing.parse(K1, "old").seal(document);
    KeyRing rotated = KeyRing.parse(K2 + "," + K1, "rotated");

    assertArrayEquals(document, rotated.open(sealedByOld));
    assertFalse(new String(sealedByOld, StandardCharsets.ISO_8859_1).contains("referral"));
    byte[] sealedByNew = rotated.seal(document);
    assertEquals("k2", new String(sealedByNew, 4, 2, StandardCharsets.UTF_8));
    assertFalse(Arrays.equals(sealedByNew, rotated.seal(document)), "fresh IV per seal");
  }

  @Test
  void tamperedOrForeignBlobIsRejectedClearly() {
    KeyRing ring = KeyRing.parse(K1, "test");
    byte[] sealed = ring.seal("x".getBytes(StandardCharsets.UTF_8));
    sealed[sealed.length - 1] ^= 1;
    CodecKeyException tampered = assertThrows(CodecKeyException.class, () -> ring.open(sealed));
    assertTrue(tampered.getMessage().contains("failed authentication"));

    byte[] other = KeyRing.parse(K2, "other").seal(new byte[] {1});
    CodecKeyException unknown = assertThrows(CodecKeyException.class, () -> ring.open(other));
    assertTrue(unknown.getMessage().contains("'k2'"), unknown.getMessage());
  }

  @Test
  void malformedKeysFailWithoutEchoingKeyMaterial() {
    String shortKey = "k1:" + Base64.getEncoder().encodeToString(new byte[16]);
    CodecKeyException e =
        assertThrows(CodecKeyException.class, () -> KeyRing.parse(shortKey, "env X"));
    assertEquals("Payload key 'k1' in env X must be 32 bytes (AES-256), got 16", e.getMessage());
    assertThrows(CodecKeyException.class, () -> KeyRing.parse("k1:not*base64", "x"));
    assertThrows(CodecKeyException.class, () -> KeyRing.parse(K1 + "," + K1, "x"));
    assertThrows(CodecKeyException.class, () -> KeyRing.parse(" \n# only comments", "x"));
    String secret = K1.substring(3);
    CodecKeyException noColon =
        assertThrows(CodecKeyException.class, () -> KeyRing.parse(secret, "x"));
    assertFalse(noColon.getMessage().contains(secret));
  }
}
