package io.followthrough.workers.runtime;

import io.followthrough.sdk.AtRestEncryption;
import io.followthrough.sdk.ModuleEnvironment;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@link ModuleEnvironment} a worker hands its modules.
 *
 * @param dataDirectory the worker's data folder (modules keep their own sub-folder inside it)
 * @param settings configuration lookup (Micronaut environment: file, env vars, system properties)
 * @param devMode whether sandbox systems and demo data are in use
 * @param encryption the key ring for data at rest, or null when the worker has none
 */
public record WorkerEnvironment(
    Path dataDirectory,
    Function<String, Optional<String>> settings,
    boolean devMode,
    AtRestEncryption encryption)
    implements ModuleEnvironment {

  /** An environment without encryption at rest (modules that store PHI refuse to run). */
  public WorkerEnvironment(
      Path dataDirectory, Function<String, Optional<String>> settings, boolean devMode) {
    this(dataDirectory, settings, devMode, null);
  }

  @Override
  public Optional<String> setting(String key) {
    return settings.apply(key);
  }

  @Override
  public Optional<AtRestEncryption> atRestEncryption() {
    return Optional.ofNullable(encryption);
  }
}
