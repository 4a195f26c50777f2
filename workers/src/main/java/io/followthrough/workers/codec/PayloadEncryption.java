package io.followthrough.workers.codec;

import io.temporal.common.converter.CodecDataConverter;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.util.List;

/** Builds the Temporal {@link DataConverter} that encrypts every payload with a key ring. */
public final class PayloadEncryption {
  private PayloadEncryption() {}

  /** The default JSON/proto converter wrapped in {@link AesGcmPayloadCodec}. */
  public static DataConverter dataConverter(KeyRing keyRing) {
    return new CodecDataConverter(
        DefaultDataConverter.newDefaultInstance(), List.of(new AesGcmPayloadCodec(keyRing)));
  }
}
