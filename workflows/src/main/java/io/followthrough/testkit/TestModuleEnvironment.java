package io.followthrough.testkit;

import io.followthrough.sdk.ModuleEnvironment;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link ModuleEnvironment} for tests: a data folder of the test's choosing (e.g. a JUnit
 * {@code @TempDir}), fixed settings, dev mode on.
 *
 * @param dataDirectory folder the module may write to
 * @param settings configuration values by key
 */
public record TestModuleEnvironment(Path dataDirectory, Map<String, String> settings)
    implements ModuleEnvironment {

  public TestModuleEnvironment(Path dataDirectory) {
    this(dataDirectory, Map.of());
  }

  @Override
  public Optional<String> setting(String key) {
    return Optional.ofNullable(settings.get(key));
  }

  @Override
  public boolean devMode() {
    return true;
  }
}
