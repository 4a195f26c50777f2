package io.followthrough.workers.codec;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.temporal.api.common.v1.Payload;
import io.temporal.payload.codec.PayloadCodec;
import io.temporal.payload.codec.PayloadCodecException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.SecretKey;

/**
 * Encrypts whole payloads (metadata and data) with AES-256-GCM under the key ring's active key. The
 * encrypted payload's metadata carries only {@code encoding: binary/encrypted} and {@code
 * encryption-key-id}; decoding picks the key that id names, so rotated-out keys still decrypt.
 * Payloads that are not encrypted pass through {@link #decode} unchanged.
 */
public final class AesGcmPayloadCodec implements PayloadCodec {
  /** The {@code encoding} metadata value of encrypted payloads. */
  public static final String ENCODING = "binary/encrypted";

  /** The metadata key naming the key that encrypted the payload. */
  public static final String KEY_ID = "encryption-key-id";

  private static final String ENCODING_KEY = "encoding";
  private static final ByteString ENCODING_BYTES = ByteString.copyFromUtf8(ENCODING);

  private final KeyRing keyRing;

  public AesGcmPayloadCodec(KeyRing keyRing) {
    this.keyRing = keyRing;
  }

  @Override
  public List<Payload> encode(List<Payload> payloads) {
    return payloads.stream().map(this::encrypt).collect(Collectors.toList());
  }

  @Override
  public List<Payload> decode(List<Payload> payloads) {
    return payloads.stream().map(this::decrypt).collect(Collectors.toList());
  }

  private Payload encrypt(Payload payload) {
    String keyId = keyRing.activeKeyId();
    byte[] sealed = AesGcm.encrypt(keyRing.activeKey(), payload.toByteArray(), aad(keyId));
    return Payload.newBuilder()
        .putMetadata(ENCODING_KEY, ENCODING_BYTES)
        .putMetadata(KEY_ID, ByteString.copyFromUtf8(keyId))
        .setData(ByteString.copyFrom(sealed))
        .build();
  }

  private Payload decrypt(Payload payload) {
    if (!ENCODING_BYTES.equals(payload.getMetadataOrDefault(ENCODING_KEY, ByteString.EMPTY))) {
      return payload;
    }
    ByteString keyIdBytes = payload.getMetadataOrDefault(KEY_ID, null);
    if (keyIdBytes == null) {
      throw new PayloadCodecException("Encrypted payload has no " + KEY_ID + " metadata");
    }
    String keyId = keyIdBytes.toStringUtf8();
    SecretKey key =
        keyRing
            .key(keyId)
            .orElseThrow(
                () ->
                    new PayloadCodecException(
                        "Payload was encrypted with key '"
                            + keyId
                            + "', which is not in the key ring from "
                            + keyRing.source()
                            + "; keep old keys after rotation"));
    byte[] plain;
    try {
      plain = AesGcm.decrypt(key, payload.getData().toByteArray(), aad(keyId));
    } catch (GeneralSecurityException e) {
      // No cause attached: the cipher exception adds nothing and must not drag payload bytes along.
      throw new PayloadCodecException(
          "Payload encrypted with key '"
              + keyId
              + "' failed authentication (altered or wrong key)");
    }
    try {
      return Payload.parseFrom(plain);
    } catch (InvalidProtocolBufferException e) {
      throw new PayloadCodecException(
          "Payload encrypted with key '" + keyId + "' does not contain a Temporal payload");
    }
  }

  // Binding the key id into the tag means relabelling a payload with another key id fails.
  private static byte[] aad(String keyId) {
    return keyId.getBytes(StandardCharsets.UTF_8);
  }
}
