package io.followthrough.activities.intake;

import io.followthrough.activities.documents.store.AesGcmBlobCipher;
import io.followthrough.sdk.AtRestEncryption;
import io.followthrough.sdk.ModuleEnvironment;
import java.nio.file.Path;
import java.util.Optional;

/** A module environment with a data folder and a fresh AES key for documents at rest. */
record KeyedTestEnvironment(Path dataDirectory, AtRestEncryption encryption)
    implements ModuleEnvironment {

  static KeyedTestEnvironment in(Path dataDirectory) {
    AesGcmBlobCipher cipher = new AesGcmBlobCipher(new byte[32]);
    return new KeyedTestEnvironment(
        dataDirectory,
        new AtRestEncryption() {
          @Override
          public byte[] seal(byte[] plain) {
            return cipher.seal(plain);
          }

          @Override
          public byte[] open(byte[] sealed) {
            return cipher.open(sealed);
          }
        });
  }

  @Override
  public Optional<String> setting(String key) {
    return Optional.empty();
  }

  @Override
  public boolean devMode() {
    return true;
  }

  @Override
  public Optional<AtRestEncryption> atRestEncryption() {
    return Optional.of(encryption);
  }
}
