package io.followthrough.workers.runtime;

import com.uber.m3.tally.Scope;
import io.followthrough.workers.codec.KeyRingLoader;
import io.followthrough.workers.codec.PayloadEncryption;
import io.followthrough.workers.temporal.SettingsSource;
import io.followthrough.workers.temporal.TemporalConnection;
import io.followthrough.workers.temporal.TemporalSettings;
import io.temporal.common.converter.DataConverter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The one place the CLI, the worker and the dev stack open Temporal connections and choose the
 * payload converter, so all three talk to a frontend the same way.
 */
public final class TemporalClients {

  /** A CLI verb's check calls (GetSystemInfo, DescribeNamespace) each get this long. */
  public static final Duration CLI_CHECK_TIMEOUT = Duration.ofSeconds(10);

  /**
   * A worker's check calls get longer: a refused connection or unknown namespace still fails at
   * once, but a frontend that is merely slow (a loaded dev machine) should not stop the worker.
   */
  public static final Duration WORKER_CHECK_TIMEOUT = Duration.ofSeconds(30);

  private TemporalClients() {}

  /**
   * Opens and checks a connection.
   *
   * @throws io.followthrough.workers.temporal.TemporalConnectionException with a one-line reason
   */
  public static TemporalConnection connect(
      TemporalSettings settings, DataConverter converter, Duration checkTimeout) {
    return TemporalConnection.open(settings, converter, checkTimeout);
  }

  /** As {@link #connect(TemporalSettings, DataConverter, Duration)}, reporting SDK metrics. */
  public static TemporalConnection connect(
      TemporalSettings settings, DataConverter converter, Duration checkTimeout, Scope metrics) {
    return TemporalConnection.open(
        settings, converter, checkTimeout, options -> options.setMetricsScope(metrics));
  }

  /**
   * The Temporal CLI's own variables as the last layer, so {@code TEMPORAL_ADDRESS} and {@code
   * TEMPORAL_NAMESPACE} keep working for people used to it.
   */
  public static SettingsSource temporalCliEnvironment() {
    Map<String, String> names =
        Map.of(
            "target",
            "TEMPORAL_ADDRESS",
            "namespace",
            "TEMPORAL_NAMESPACE",
            "api-key",
            "TEMPORAL_API_KEY");
    return key ->
        Optional.ofNullable(names.get(key)).map(System::getenv).filter(value -> !value.isBlank());
  }

  /**
   * The encrypting converter for a short-lived CLI process: keys from {@code
   * FOLLOWTHROUGH_CODEC_KEYS} / {@code FOLLOWTHROUGH_CODEC_KEY_FILE} (or the system properties
   * {@code followthrough.codec.keys} / {@code followthrough.codec.key-file}), else the dev key that
   * `followthrough dev` created in this folder. The CLI never creates a key itself: payloads it
   * encrypted with a fresh key no worker could read.
   */
  public static DataConverter cliDataConverter() {
    Path workDir = Path.of("");
    boolean devKeyExists = Files.exists(workDir.resolve(KeyRingLoader.DEV_KEY_FILE));
    return PayloadEncryption.dataConverter(
        KeyRingLoader.load(
            System.getenv(),
            System.getProperty("followthrough.codec.keys"),
            System.getProperty("followthrough.codec.key-file"),
            devKeyExists,
            workDir));
  }

  /** Where the payload keys come from, for startup banners (never the key itself). */
  public static String codecDescription() {
    if (System.getenv(KeyRingLoader.KEYS_ENV) != null) {
      return "AES-256-GCM, keys from " + KeyRingLoader.KEYS_ENV;
    }
    if (System.getenv(KeyRingLoader.KEY_FILE_ENV) != null) {
      return "AES-256-GCM, keys from " + System.getenv(KeyRingLoader.KEY_FILE_ENV);
    }
    return "AES-256-GCM, dev key "
        + Path.of(KeyRingLoader.DEV_KEY_FILE).toAbsolutePath()
        + " (CLI in this folder uses it)";
  }
}
