package io.followthrough.workers.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.payload.codec.PayloadCodecException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AesGcmPayloadCodecTest {
  private static final String K1 = KeyRing.newKeyLine("k1");
  private static final String K2 = KeyRing.newKeyLine("k2");
  private static final Payload PATIENT =
      DefaultDataConverter.STANDARD_INSTANCE
          .toPayload(Map.of("name", "Ada Lovelace", "dob", "1815-12-10"))
          .orElseThrow();

  @Test
  void encryptsWholePayloadAndRoundTrips() {
    AesGcmPayloadCodec codec = new AesGcmPayloadCodec(KeyRing.parse(K1, "test"));
    Payload encrypted = codec.encode(List.of(PATIENT)).get(0);

    assertEquals("binary/encrypted", encrypted.getMetadataOrThrow("encoding").toStringUtf8());
    assertEquals("k1", encrypted.getMetadataOrThrow("encryption-key-id").toStringUtf8());
    assertEquals(2, encrypted.getMetadataCount(), "original metadata is inside the ciphertext");
    assertFalse(encrypted.getData().toStringUtf8().contains("Lovelace"));
    assertEquals(PATIENT, codec.decode(List.of(encrypted)).get(0));
    assertNotEquals(encrypted, codec.encode(List.of(PATIENT)).get(0), "fresh IV per payload");
  }

  @Test
  void oldKeysStillDecryptAfterRotation() {
    Payload byOldKey =
        new AesGcmPayloadCodec(KeyRing.parse(K1, "old")).encode(List.of(PATIENT)).get(0);
    AesGcmPayloadCodec rotated = new AesGcmPayloadCodec(KeyRing.parse(K2 + "," + K1, "rotated"));

    assertEquals(PATIENT, rotated.decode(List.of(byOldKey)).get(0));
    Payload byNewKey = rotated.encode(List.of(PATIENT)).get(0);
    assertEquals("k2", byNewKey.getMetadataOrThrow("encryption-key-id").toStringUtf8());
  }

  @Test
  void unknownKeyAndTamperingFailWithoutPayloadContent() {
    Payload byK2 = new AesGcmPayloadCodec(KeyRing.parse(K2, "x")).encode(List.of(PATIENT)).get(0);
    AesGcmPayloadCodec onlyK1 = new AesGcmPayloadCodec(KeyRing.parse(K1, "env FOO"));

    PayloadCodecException unknown =
        assertThrows(PayloadCodecException.class, () -> onlyK1.decode(List.of(byK2)));
    assertTrue(unknown.getMessage().contains("'k2'") && unknown.getMessage().contains("env FOO"));

    Payload byK1 = onlyK1.encode(List.of(PATIENT)).get(0);
    byte[] data = byK1.getData().toByteArray();
    data[20] ^= 1;
    Payload tampered = byK1.toBuilder().setData(ByteString.copyFrom(data)).build();
    PayloadCodecException bad =
        assertThrows(PayloadCodecException.class, () -> onlyK1.decode(List.of(tampered)));
    assertTrue(bad.getMessage().contains("failed authentication"));
    assertFalse(bad.getMessage().contains("Lovelace"));

    // The key id is authenticated too: relabelling ciphertext under another id fails.
    AesGcmPayloadCodec both = new AesGcmPayloadCodec(KeyRing.parse(K1 + "," + K2, "x"));
    Payload relabelled =
        byK2.toBuilder().putMetadata("encryption-key-id", ByteString.copyFromUtf8("k1")).build();
    assertThrows(PayloadCodecException.class, () -> both.decode(List.of(relabelled)));
  }

  @Test
  void plainPayloadsPassThroughDecode() {
    AesGcmPayloadCodec codec = new AesGcmPayloadCodec(KeyRing.parse(K1, "x"));
    assertEquals(List.of(PATIENT), codec.decode(List.of(PATIENT)));
  }

  @Test
  void dataConverterEncryptsOnTheWayOutAndDecryptsOnTheWayIn() {
    DataConverter converter = PayloadEncryption.dataConverter(KeyRing.parse(K1, "x"));
    Payload stored = converter.toPayload("MRN 0042").orElseThrow();
    assertEquals("binary/encrypted", stored.getMetadataOrThrow("encoding").toStringUtf8());
    assertFalse(stored.toByteString().toStringUtf8().contains("0042"));
    assertEquals("MRN 0042", converter.fromPayload(stored, String.class, String.class));
  }
}
