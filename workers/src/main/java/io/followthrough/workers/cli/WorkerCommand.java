package io.followthrough.workers.cli;

import io.followthrough.sdk.OutcomeModule;
import io.followthrough.workers.runtime.HttpRuntime;
import io.followthrough.workers.runtime.OutcomeModules;
import io.followthrough.workers.runtime.TemporalClients;
import io.followthrough.workers.runtime.TemporalTarget;
import io.followthrough.workers.runtime.WorkerEnvironment;
import io.followthrough.workers.runtime.WorkerRuntime;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
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

  @Option(names = "--sandbox", description = "Use sandbox systems (as `followthrough dev` does).")
  boolean sandbox;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    HttpRuntime runtime = startConfiguration();
    WorkflowServiceStubs stubs = null;
    try {
      TemporalTarget target =
          WorkerTarget.resolve(connection, spec.commandLine().getParseResult(), runtime);
      stubs = TemporalClients.connect(target);
      WorkflowClient client = TemporalClients.client(stubs, target);
      Path data =
          (dataDirectory != null
                  ? dataDirectory
                  : Path.of(runtime.setting("followthrough.data-dir").orElse(".followthrough")))
              .toAbsolutePath()
              .normalize();
      boolean devMode =
          sandbox
              || runtime.setting("followthrough.dev-mode").map(Boolean::parseBoolean).orElse(false);
      List<OutcomeModule> modules = OutcomeModules.discover();
      runtime.useTemporal(stubs, client);
      String url = httpPort != null ? runtime.serveHttp() : null;
      WorkerRuntime worker =
          WorkerRuntime.start(
              client, modules, new WorkerEnvironment(data, runtime::setting, devMode));
      announce(target, modules, data, url);
      return awaitShutdown(worker, runtime, stubs);
    } catch (RuntimeException e) {
      if (stubs != null) {
        stubs.shutdownNow();
      }
      runtime.close();
      throw e;
    }
  }

  private HttpRuntime startConfiguration() {
    Map<String, Object> properties = new HashMap<>();
    if (config != null) {
      if (!config.toFile().canRead()) {
        throw new ConfigurationProblem("configuration file not readable: " + config, null);
      }
      properties.put("micronaut.config.files", config.toAbsolutePath().toString());
    }
    if (httpPort != null) {
      properties.put("micronaut.server.port", httpPort);
    }
    try {
      return HttpRuntime.start(properties);
    } catch (RuntimeException e) {
      throw new ConfigurationProblem("cannot load configuration: " + CliErrors.message(e), e);
    }
  }

  private void announce(TemporalTarget target, List<OutcomeModule> modules, Path data, String url) {
    PrintWriter out = spec.commandLine().getOut();
    out.println("Worker connected to " + target.address() + " namespace " + target.namespace());
    for (OutcomeModule module : modules) {
      out.println("  " + module.name() + " on task queue " + module.taskQueue());
    }
    if (modules.isEmpty()) {
      out.println("  no outcome module on the classpath: nothing to run");
    }
    out.println("  data folder " + data);
    if (url != null) {
      out.println("  health " + url + "/health");
    }
    out.println("Worker started. Press Ctrl-C to stop.");
    out.flush();
  }

  private Integer awaitShutdown(
      WorkerRuntime worker, HttpRuntime runtime, WorkflowServiceStubs stubs)
      throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  worker.close();
                  runtime.close();
                  stubs.shutdownNow();
                  stopped.countDown();
                },
                "followthrough-worker-shutdown"));
    stopped.await();
    return ExitCodes.OK;
  }
}
