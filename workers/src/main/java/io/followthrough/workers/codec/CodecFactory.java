package io.followthrough.workers.codec;

import io.micronaut.context.annotation.Factory;
import io.temporal.common.converter.DataConverter;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/** Micronaut beans: the key ring (from env, config or dev key) and the encrypting converter. */
@Factory
public class CodecFactory {

  @Singleton
  KeyRing keyRing(CodecProperties properties) {
    return KeyRingLoader.load(
        System.getenv(),
        properties.keys(),
        properties.keyFile(),
        properties.devMode(),
        Path.of(""));
  }

  @Singleton
  DataConverter dataConverter(KeyRing keyRing) {
    return PayloadEncryption.dataConverter(keyRing);
  }
}
