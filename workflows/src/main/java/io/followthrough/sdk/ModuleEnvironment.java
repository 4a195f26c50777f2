package io.followthrough.sdk;

import java.nio.file.Path;
import java.util.Optional;

/** What a worker offers an {@link OutcomeModule} when it builds the module's activities. */
public interface ModuleEnvironment {

  /** A writable folder private to this worker's data (created before the call). */
  Path dataDirectory();

  /**
   * A configuration value by key, e.g. {@code followthrough.modules.lab-result-follow-up.x}. Values
   * come from the worker's configuration file, environment and system properties.
   */
  Optional<String> setting(String key);

  /** Whether the worker runs the embedded development stack (sandbox systems, demo data). */
  boolean devMode();

  /**
   * Encryption at rest with the worker's key ring, for modules that keep PHI in files. Empty when
   * the worker offers none (e.g. a test environment that did not set one up).
   */
  default Optional<AtRestEncryption> atRestEncryption() {
    return Optional.empty();
  }
}
