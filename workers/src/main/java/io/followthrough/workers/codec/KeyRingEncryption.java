package io.followthrough.workers.codec;

import io.followthrough.sdk.AtRestEncryption;

/** The key ring as the SDK's {@link AtRestEncryption}, for modules that store documents. */
public record KeyRingEncryption(KeyRing keyRing) implements AtRestEncryption {

  @Override
  public byte[] seal(byte[] plain) {
    return keyRing.seal(plain);
  }

  @Override
  public byte[] open(byte[] sealed) {
    try {
      return keyRing.open(sealed);
    } catch (CodecKeyException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
