package io.followthrough.workers.dev;

import io.followthrough.workers.cli.ExitCodes;
import io.followthrough.workers.runtime.ConfigurationProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `followthrough dev`: the whole stack on this machine, until Ctrl-C. */
@Command(
    name = "dev",
    mixinStandardHelpOptions = true,
    description = "Run a local Temporal server, the worker and the HTTP API in one process.")
public final class DevCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      defaultValue = "7233",
      description = "Temporal gRPC port on 127.0.0.1 (default ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--http-port",
      defaultValue = "8080",
      description = "HTTP port (default ${DEFAULT-VALUE}).")
  int httpPort;

  @Option(
      names = "--grpc-api-port",
      defaultValue = "" + DevOptions.DEFAULT_API_GRPC_PORT,
      description =
          "Port of the gRPC API followthrough.v1 (default ${DEFAULT-VALUE}; 0: any free).")
  int grpcApiPort;

  @Option(
      names = "--namespace",
      defaultValue = "default",
      description = "Namespace (default ${DEFAULT-VALUE}).")
  String namespace;

  @Option(
      names = "--data-dir",
      defaultValue = ".followthrough",
      description = "Data folder (default ${DEFAULT-VALUE}).")
  Path dataDirectory;

  @Option(names = "--no-worker", description = "Run server and API only; start workers separately.")
  boolean noWorker;

  @Option(names = "--no-demo", description = "Do not start demo outcomes.")
  boolean noDemo;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    long started = System.nanoTime();
    Path data = dataDirectory.toAbsolutePath().normalize();
    try {
      Files.createDirectories(data);
    } catch (IOException e) {
      throw new ConfigurationProblem("cannot create data folder " + data, e);
    }
    DevStack stack;
    try {
      stack =
          DevStack.start(
              new DevOptions(port, httpPort, namespace, data, !noWorker, !noDemo, grpcApiPort));
    } catch (UncheckedIOException e) {
      throw new ConfigurationProblem(
          "cannot listen on 127.0.0.1:" + port + " (in use? choose another with --port)", e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    PrintWriter out = spec.commandLine().getOut();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  out.println("Stopping Followthrough dev...");
                  out.flush();
                  stack.close();
                  out.println("Followthrough dev stopped.");
                  out.flush();
                  stopped.countDown();
                },
                "followthrough-dev-shutdown"));
    DevBanner.print(out, stack, namespace, data, (System.nanoTime() - started) / 1_000_000);
    stopped.await();
    return ExitCodes.OK;
  }
}
