package io.followthrough.workers.dev;

import com.uber.m3.tally.Scope;
import io.followthrough.activities.practice.PracticeSandbox;
import io.followthrough.activities.practice.SandboxPracticeSystem;
import io.followthrough.sdk.OutcomeModule;
import io.followthrough.workers.codec.KeyRing;
import io.followthrough.workers.codec.KeyRingEncryption;
import io.followthrough.workers.intake.DocumentIntake;
import io.followthrough.workers.intake.InboxWatcher;
import io.followthrough.workers.runtime.HttpRuntime;
import io.followthrough.workers.runtime.OutcomeModules;
import io.followthrough.workers.runtime.TemporalClients;
import io.followthrough.workers.runtime.WorkerEnvironment;
import io.followthrough.workers.runtime.WorkerRuntime;
import io.followthrough.workers.sandbox.SelfScheduleBaseUrl;
import io.followthrough.workers.store.OpsStoreActivities;
import io.followthrough.workers.temporal.TemporalConnection;
import io.followthrough.workers.temporal.TemporalSettings;
import io.temporal.common.converter.DataConverter;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Everything `followthrough dev` runs in one process, started in order and stopped in reverse. */
public final class DevStack implements AutoCloseable {

  private final DevTemporalServer server;
  private final TemporalConnection temporal;
  private final HttpRuntime http;
  private final WorkerRuntime worker;
  private final String httpUrl;
  private final List<OutcomeModule> modules;
  private final int demoOutcomes;
  private final Path inbox;

  private DevStack(
      DevTemporalServer server,
      TemporalConnection temporal,
      HttpRuntime http,
      WorkerRuntime worker,
      String httpUrl,
      List<OutcomeModule> modules,
      int demoOutcomes,
      Path inbox) {
    this.server = server;
    this.inbox = inbox;
    this.temporal = temporal;
    this.http = http;
    this.worker = worker;
    this.httpUrl = httpUrl;
    this.modules = modules;
    this.demoOutcomes = demoOutcomes;
  }

  /** Starts server, search attributes, HTTP, worker and demo; undoes what started on failure. */
  public static DevStack start(DevOptions options) {
    DevTemporalServer server = DevTemporalServer.start(options.grpcPort());
    TemporalConnection temporal = null;
    HttpRuntime http = null;
    WorkerRuntime worker = null;
    try {
      registerSearchAttributes(server.address(), options.namespace());
      http =
          HttpRuntime.start(
              Map.of(
                  "micronaut.server.port", options.httpPort(),
                  "followthrough.temporal.target", server.address(),
                  "followthrough.temporal.namespace", options.namespace(),
                  "followthrough.data-dir", options.dataDirectory().toString(),
                  "followthrough.dev-mode", true,
                  "followthrough.codec.dev-mode", true,
                  // POST /api/auth/dev-login, signed with a secret generated into the data dir.
                  "followthrough.auth.dev-login", true,
                  "followthrough.grpc.port", options.apiGrpcPort(),
                  // The H2 file admits one process: leave it to a separate worker (--no-worker).
                  "followthrough.store.embedded", options.worker()));
      // Opening the ops store (connect + migrate) overlaps the Temporal connection checks.
      HttpRuntime storeBeans = http;
      CompletableFuture<List<Object>> ledger =
          options.worker()
              ? CompletableFuture.supplyAsync(() -> OpsStoreActivities.of(storeBeans))
              : CompletableFuture.completedFuture(List.of());
      temporal =
          TemporalClients.connect(
              TemporalSettings.plaintext(server.address(), options.namespace()),
              http.bean(DataConverter.class),
              TemporalClients.WORKER_CHECK_TIMEOUT,
              http.bean(Scope.class));
      http.useTemporal(temporal.serviceStubs(), temporal.client());
      String url = http.serveHttp();
      List<OutcomeModule> modules = OutcomeModules.discover();
      if (options.worker()) {
        HttpRuntime settings = http;
        worker =
            WorkerRuntime.start(
                temporal.client(),
                modules,
                new WorkerEnvironment(
                    options.dataDirectory(),
                    SelfScheduleBaseUrl.defaultingTo(settings::setting, url),
                    true,
                    new KeyRingEncryption(http.bean(KeyRing.class))),
                ledger.join(),
                OpsStoreActivities.phiAudit(http));
      }
      HttpRuntime beans = http;
      Path inbox = http.bean(InboxWatcher.class).start();
      // Without the worker the sandbox belongs to the separate `worker --sandbox`: leave it alone.
      Supplier<Optional<SandboxPracticeSystem>> sandbox =
          options.worker()
              ? () ->
                  Optional.of(PracticeSandbox.forDataDirectory(options.dataDirectory()).practice())
              : Optional::empty;
      int demo =
          options.demo()
              ? seedDemo(temporal, modules, () -> beans.bean(DocumentIntake.class), sandbox)
              : 0;
      return new DevStack(server, temporal, http, worker, url, modules, demo, inbox);
    } catch (IOException e) {
      closeQuietly(worker, temporal, http, server);
      throw new UncheckedIOException("cannot create the inbox folder", e);
    } catch (RuntimeException e) {
      closeQuietly(worker, temporal, http, server);
      throw e;
    }
  }

  /** Undoes a partial start: the worker first, so no poller outlives the server. */
  private static void closeQuietly(
      WorkerRuntime worker,
      TemporalConnection temporal,
      HttpRuntime http,
      DevTemporalServer server) {
    if (worker != null) {
      worker.close();
    }
    if (temporal != null) {
      temporal.close();
    }
    if (http != null) {
      http.close();
    }
    server.close();
  }

  private static void registerSearchAttributes(String address, String namespace) {
    OperatorServiceStubs operator =
        OperatorServiceStubs.newServiceStubs(
            OperatorServiceStubsOptions.newBuilder()
                .setTarget(address)
                .validateAndBuildWithDefaults());
    try {
      SearchAttributeRegistrar.registerAll(operator, namespace);
    } finally {
      operator.shutdownNow();
    }
  }

  private static int seedDemo(
      TemporalConnection temporal,
      List<OutcomeModule> modules,
      Supplier<DocumentIntake> intake,
      Supplier<Optional<SandboxPracticeSystem>> sandbox) {
    int started = 0;
    for (DemoScenario scenario : DemoScenarios.all(intake, sandbox)) {
      started += scenario.seed(temporal.client(), modules);
    }
    return started;
  }

  /** A bean of the stack's application context (the Temporal client, the ops store, ...). */
  public <T> T bean(Class<T> type) {
    return http.bean(type);
  }

  public String grpcAddress() {
    return server.address();
  }

  /** {@code host:port} of the gRPC API {@code followthrough.v1}; null when it does not run. */
  public String apiGrpcAddress() {
    return http.grpcApiAddress().orElse(null);
  }

  public String httpUrl() {
    return httpUrl;
  }

  public List<OutcomeModule> modules() {
    return modules;
  }

  public boolean workerRunning() {
    return worker != null;
  }

  /** The watched inbox folder. */
  public Path inbox() {
    return inbox;
  }

  public int demoOutcomes() {
    return demoOutcomes;
  }

  /** Worker first (it polls the server), then HTTP, client, and the server last. */
  @Override
  public void close() {
    if (worker != null) {
      worker.close();
    }
    http.close();
    temporal.close();
    server.close();
  }
}
