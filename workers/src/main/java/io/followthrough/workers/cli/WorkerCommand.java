package io.followthrough.workers.cli;

import com.uber.m3.tally.Scope;
import io.followthrough.sdk.OutcomeModule;
import io.followthrough.workers.codec.KeyRing;
import io.followthrough.workers.codec.KeyRingEncryption;
import io.followthrough.workers.runtime.ConfigurationProblem;
import io.followthrough.workers.runtime.HttpRuntime;
import io.followthrough.workers.runtime.OutcomeModules;
import io.followthrough.workers.runtime.TemporalClients;
import io.followthrough.workers.runtime.WorkerEnvironment;
import io.followthrough.workers.runtime.WorkerRuntime;
import io.followthrough.workers.sandbox.SelfScheduleBaseUrl;
import io.followthrough.workers.store.OpsStoreActivities;
import io.followthrough.workers.temporal.SettingsSource;
import io.followthrough.workers.temporal.TemporalConnection;
import io.followthrough.workers.temporal.TemporalSettings;
import io.temporal.common.converter.DataConverter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `followthrough worker`: the outcome modules' worker, pointed at any Temporal frontend. */
@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    description =
        "Run the worker for every outcome module on the classpath against a Temporal frontend.")
public final class WorkerCommand implements Callable<Integer> {

  @Mixin ConnectionOptions connection;

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
      names = "--http-port",
      paramLabel = "PORT",
      description = "Also serve health and API over HTTP on this port.")
  Integer httpPort;

  @Option(
      names = "--grpc-api-port",
      paramLabel = "PORT",
      description =
          "Port of the gRPC API, served with --http-port (default: followthrough.grpc.port, else"
              + " 7243; 0 for any free port).")
  Integer grpcApiPort;

  @Option(names = "--sandbox", description = "Use sandbox systems (as `followthrough dev` does).")
  boolean sandbox;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    HttpRuntime runtime = startConfiguration();
    TemporalConnection temporal = null;
    try {
      // Flags, then configuration (config file, application.yml, FOLLOWTHROUGH_TEMPORAL_* env).
      TemporalSettings settings =
          TemporalSettings.from(
              connection
                  .flags()
                  .orElse(
                      key -> runtime.setting(SettingsSource.PREFIX + key).filter(v -> !v.isBlank()))
                  .orElse(TemporalClients.temporalCliEnvironment()));
      temporal =
          TemporalClients.connect(
              settings,
              runtime.bean(DataConverter.class),
              TemporalClients.WORKER_CHECK_TIMEOUT,
              runtime.bean(Scope.class));
      Path data =
          (dataDirectory != null
                  ? dataDirectory
                  : Path.of(runtime.setting("followthrough.data-dir").orElse(".followthrough")))
              .toAbsolutePath()
              .normalize();
      List<OutcomeModule> modules = OutcomeModules.discover();
      runtime.useTemporal(temporal.serviceStubs(), temporal.client());
      String url = httpPort != null ? runtime.serveHttp() : null;
      WorkerRuntime worker =
          WorkerRuntime.start(
              temporal.client(),
              modules,
              new WorkerEnvironment(
                  data,
                  // A sandbox served here is where this worker's self-schedule links lead.
                  sandbox && url != null
                      ? SelfScheduleBaseUrl.defaultingTo(runtime::setting, url)
                      : runtime::setting,
                  devMode(runtime),
                  new KeyRingEncryption(runtime.bean(KeyRing.class))),
              OpsStoreActivities.of(runtime),
              OpsStoreActivities.phiAudit(runtime));
      announce(
          settings,
          modules,
          data,
          url,
          OpsStoreActivities.phiAudit(runtime) != null,
          runtime.grpcApiAddress().orElse(null));
      return awaitShutdown(worker, runtime, temporal);
    } catch (RuntimeException e) {
      if (temporal != null) {
        temporal.close();
      }
      runtime.close();
      throw e;
    }
  }

  private boolean devMode(HttpRuntime runtime) {
    return sandbox
        || runtime.setting("followthrough.dev-mode").map(Boolean::parseBoolean).orElse(false);
  }

  private HttpRuntime startConfiguration() {
    Map<String, Object> properties = new HashMap<>();
    if (config != null) {
      if (!config.toFile().canRead()) {
        throw new ConfigurationProblem("configuration file not readable: " + config, null);
      }
      properties.put("micronaut.config.files", config.toAbsolutePath().toString());
    }
    if (dataDirectory != null) {
      // The HTTP intake stores documents where this worker's modules read them.
      properties.put(
          "followthrough.data-dir", dataDirectory.toAbsolutePath().normalize().toString());
    }
    if (httpPort != null) {
      properties.put("micronaut.server.port", httpPort);
    }
    if (grpcApiPort != null) {
      properties.put("followthrough.grpc.port", grpcApiPort);
    }
    if (sandbox) {
      properties.put("followthrough.dev-mode", true);
      properties.put("followthrough.codec.dev-mode", true);
    }
    try {
      return HttpRuntime.start(properties);
    } catch (RuntimeException e) {
      throw new ConfigurationProblem("cannot load configuration: " + CliErrors.message(e), e);
    }
  }

  private void announce(
      TemporalSettings settings,
      List<OutcomeModule> modules,
      Path data,
      String url,
      boolean store,
      String grpcApi) {
    PrintWriter out = spec.commandLine().getOut();
    out.println("Worker connected to " + settings.target() + " namespace " + settings.namespace());
    for (OutcomeModule module : modules) {
      out.println("  " + module.name() + " on task queue " + module.taskQueue());
    }
    if (modules.isEmpty()) {
      out.println("  no outcome module on the classpath: nothing to run");
    }
    out.println("  data folder " + data);
    if (!store) {
      out.println(
          "  no ops store (followthrough.store.url): ledger events stay in Temporal histories,"
              + " PHI access is not audited");
    }
    if (grpcApi != null) {
      out.println("  gRPC API " + grpcApi + " (followthrough.v1)");
    }
    if (url != null) {
      out.println("  health " + url + "/health");
    }
    out.println("Worker started. Press Ctrl-C to stop.");
    out.flush();
  }

  private Integer awaitShutdown(
      WorkerRuntime worker, HttpRuntime runtime, TemporalConnection temporal)
      throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  worker.close();
                  runtime.close();
                  temporal.close();
                  stopped.countDown();
                },
                "followthrough-worker-shutdown"));
    stopped.await();
    return ExitCodes.OK;
  }
}
