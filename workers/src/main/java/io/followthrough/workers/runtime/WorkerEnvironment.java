package io.followthrough.workers.runtime;

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
 */
public record WorkerEnvironment(
    Path dataDirectory, Function<String, Optional<String>> settings, boolean devMode)
    implements ModuleEnvironment {

  @Override
  public Optional<String> setting(String key) {
    return settings.apply(key);
  }
}
