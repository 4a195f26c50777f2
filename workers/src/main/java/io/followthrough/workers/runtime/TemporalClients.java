package io.followthrough.workers.runtime;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.workflowservice.v1.DescribeNamespaceRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.serviceclient.SimpleSslContextBuilder;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLException;

/**
 * The one place that opens connections to Temporal and chooses the data converter, so the CLI, the
 * worker and the dev stack all talk to a frontend the same way.
 */
public final class TemporalClients {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  private TemporalClients() {}

  /**
   * Opens stubs to the target and checks that the frontend answers and knows the namespace.
   *
   * @throws TemporalConnectionProblem with a one-line message when that is not so
   */
  public static WorkflowServiceStubs connect(TemporalTarget target) {
    WorkflowServiceStubs stubs;
    try {
      stubs = WorkflowServiceStubs.newServiceStubs(options(target));
    } catch (IllegalArgumentException e) {
      throw new TemporalConnectionProblem("invalid Temporal address '" + target.address() + "'", e);
    }
    try {
      // One health check, not connect()'s retry loop: a CLI or worker should fail fast and say why.
      stubs.healthCheck();
      stubs
          .blockingStub()
          .withDeadlineAfter(CONNECT_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
          .describeNamespace(
              DescribeNamespaceRequest.newBuilder().setNamespace(target.namespace()).build());
      return stubs;
    } catch (StatusRuntimeException e) {
      stubs.shutdownNow();
      throw describe(target, e);
    } catch (RuntimeException e) {
      stubs.shutdownNow();
      throw new TemporalConnectionProblem(
          "cannot connect to Temporal at " + target.address() + ": " + rootMessage(e), e);
    }
  }

  /** A workflow client for the namespace of the target, with the project's data converter. */
  public static WorkflowClient client(WorkflowServiceStubs stubs, TemporalTarget target) {
    return WorkflowClient.newInstance(
        stubs,
        WorkflowClientOptions.newBuilder()
            .setNamespace(target.namespace())
            .setDataConverter(dataConverter())
            .build());
  }

  /** The data converter every client and worker uses (payload encryption plugs in here). */
  public static DataConverter dataConverter() {
    return DefaultDataConverter.STANDARD_INSTANCE;
  }

  /** Where the payload codec key lives, for the dev banner. */
  public static String codecDescription(Path dataDirectory) {
    return "none yet: payloads are plain JSON (key file will be "
        + dataDirectory.resolve("dev-codec.key")
        + ")";
  }

  private static WorkflowServiceStubsOptions options(TemporalTarget target) {
    WorkflowServiceStubsOptions.Builder builder =
        WorkflowServiceStubsOptions.newBuilder()
            .setTarget(target.address())
            .setHealthCheckAttemptTimeout(CONNECT_TIMEOUT);
    if (target.usesTls()) {
      builder.setSslContext(sslContext(target));
    }
    target.apiKey().ifPresent(key -> builder.addApiKey(() -> key));
    return builder.build();
  }

  private static io.grpc.netty.shaded.io.netty.handler.ssl.SslContext sslContext(
      TemporalTarget target) {
    try {
      SimpleSslContextBuilder builder;
      if (target.clientCert().isPresent() != target.clientKey().isPresent()) {
        throw new TemporalConnectionProblem(
            "mTLS needs both a client certificate and a client key");
      }
      if (target.clientCert().isPresent()) {
        try (InputStream cert = open(target.clientCert().get(), "client certificate");
            InputStream key = open(target.clientKey().get(), "client key")) {
          builder = SimpleSslContextBuilder.forPKCS8(cert, key);
        }
      } else {
        builder = SimpleSslContextBuilder.noKeyOrCertChain();
      }
      if (target.serverCa().isPresent()) {
        builder.setTrustManager(PemTrust.trustManager(target.serverCa().get()));
      }
      return builder.build();
    } catch (SSLException | IllegalArgumentException e) {
      throw new TemporalConnectionProblem("bad TLS certificate or key: " + rootMessage(e), e);
    } catch (IOException e) {
      throw new TemporalConnectionProblem("cannot read TLS file: " + rootMessage(e), e);
    }
  }

  private static InputStream open(Path file, String what) throws IOException {
    if (!Files.isReadable(file)) {
      throw new TemporalConnectionProblem(what + " file not readable: " + file);
    }
    return Files.newInputStream(file);
  }

  private static TemporalConnectionProblem describe(
      TemporalTarget target, StatusRuntimeException e) {
    Status.Code code = e.getStatus().getCode();
    String message =
        switch (code) {
          case NOT_FOUND ->
              "namespace '" + target.namespace() + "' not found at " + target.address();
          case UNAUTHENTICATED, PERMISSION_DENIED ->
              "Temporal at " + target.address() + " refused the credentials: " + status(e);
          case UNAVAILABLE, DEADLINE_EXCEEDED ->
              "cannot reach Temporal at " + target.address() + " (" + status(e) + ")";
          default -> "Temporal at " + target.address() + " answered " + status(e);
        };
    return new TemporalConnectionProblem(message, e);
  }

  private static String status(StatusRuntimeException e) {
    String description = e.getStatus().getDescription();
    return e.getStatus().getCode() + (description == null ? "" : ": " + firstLine(description));
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return firstLine(message);
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
