package io.followthrough.workers.cli;

import io.followthrough.workers.runtime.HttpRuntime;
import io.followthrough.workers.runtime.TemporalTarget;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ParseResult;

/**
 * The worker's Temporal target: a flag given on the command line wins, then configuration ({@code
 * followthrough.temporal.*} from a config file, application.yml or FOLLOWTHROUGH_TEMPORAL_*
 * environment variables), then the flag's own default (TEMPORAL_* variables, 127.0.0.1:7233).
 */
final class WorkerTarget {

  private static final String PREFIX = "followthrough.temporal.";

  private WorkerTarget() {}

  static TemporalTarget resolve(ConnectionOptions flags, ParseResult parsed, HttpRuntime config) {
    TemporalTarget fromFlags = flags.target();
    return new TemporalTarget(
        pick(parsed, config, "--address", "address").orElse(fromFlags.address()),
        pick(parsed, config, "--namespace", "namespace").orElse(fromFlags.namespace()),
        fromFlags.tls() || config.setting(PREFIX + "tls").map(Boolean::parseBoolean).orElse(false),
        pickPath(parsed, config, "--tls-cert-path", "tls-cert-path", fromFlags.clientCert()),
        pickPath(parsed, config, "--tls-key-path", "tls-key-path", fromFlags.clientKey()),
        pickPath(parsed, config, "--tls-ca-path", "tls-ca-path", fromFlags.serverCa()),
        parsed.hasMatchedOption("--api-key")
            ? fromFlags.apiKey()
            : config.setting(PREFIX + "api-key").filter(k -> !k.isBlank()).or(fromFlags::apiKey));
  }

  private static Optional<String> pick(
      ParseResult parsed, HttpRuntime config, String flag, String key) {
    return parsed.hasMatchedOption(flag) ? Optional.empty() : config.setting(PREFIX + key);
  }

  private static Optional<Path> pickPath(
      ParseResult parsed, HttpRuntime config, String flag, String key, Optional<Path> fromFlag) {
    return parsed.hasMatchedOption(flag)
        ? fromFlag
        : config.setting(PREFIX + key).map(Path::of).or(() -> fromFlag);
  }
}
