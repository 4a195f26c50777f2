package io.followthrough.workers.cli;

import io.followthrough.activities.store.OpsStore;
import io.followthrough.workers.runtime.ConfigurationProblem;
import io.followthrough.workers.runtime.HttpRuntime;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Which ops store an administrative command opens: the one the worker would open with the same
 * configuration ({@code followthrough.store.url} from a {@code --config} file, {@code
 * application.yml} or {@code FOLLOWTHROUGH_STORE_*}), or with {@code --dev} the embedded store of
 * `followthrough dev` under the data folder.
 */
public final class StoreOptions {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Extra configuration file (YAML), e.g. followthrough.yml.")
  Path config;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Data folder (default: followthrough.data-dir, else .followthrough).")
  Path dataDirectory;

  @Option(
      names = "--dev",
      description =
          "Without a store URL, open the embedded store of `followthrough dev` (stop dev first:"
              + " it holds the file).")
  boolean dev;

  /** The configuration as the worker would load it; close it when done. */
  HttpRuntime startConfiguration() {
    Map<String, Object> properties = new HashMap<>();
    if (config != null) {
      if (!config.toFile().canRead()) {
        throw new ConfigurationProblem("configuration file not readable: " + config, null);
      }
      properties.put("micronaut.config.files", config.toAbsolutePath().toString());
    }
    if (dataDirectory != null) {
      properties.put(
          "followthrough.data-dir", dataDirectory.toAbsolutePath().normalize().toString());
    }
    if (dev) {
      properties.put("followthrough.dev-mode", true);
      properties.put("followthrough.codec.dev-mode", true);
    }
    try {
      return HttpRuntime.start(properties);
    } catch (RuntimeException e) {
      throw new ConfigurationProblem("cannot load configuration: " + CliErrors.message(e), e);
    }
  }

  /** The configured store (connected and migrated), or a one-line configuration problem. */
  static OpsStore store(HttpRuntime runtime) {
    return runtime
        .findBean(OpsStore.class)
        .orElseThrow(
            () ->
                new ConfigurationProblem(
                    "no ops store configured: set followthrough.store.url"
                        + " (FOLLOWTHROUGH_STORE_URL), or use --dev for the embedded dev store",
                    null));
  }
}
