package io.followthrough.workers.temporal;

import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.temporal.api.workflowservice.v1.DescribeNamespaceRequest;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.converter.DataConverter;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A checked connection to a Temporal frontend: the service stubs and a {@link WorkflowClient} for
 * the settings' namespace with the given data converter. {@link #open} fails fast with a {@link
 * TemporalConnectionException} when the server is unreachable, TLS or credentials are wrong, or the
 * namespace does not exist.
 */
public final class TemporalConnection implements AutoCloseable {
  /** How long {@link #open(TemporalSettings, DataConverter)} waits for each check call. */
  public static final Duration DEFAULT_CHECK_TIMEOUT = Duration.ofSeconds(10);

  private static final Metadata.Key<String> NAMESPACE_HEADER =
      Metadata.Key.of("temporal-namespace", Metadata.ASCII_STRING_MARSHALLER);

  private final TemporalSettings settings;
  private final WorkflowServiceStubs stubs;
  private final WorkflowClient client;

  private TemporalConnection(
      TemporalSettings settings, WorkflowServiceStubs stubs, WorkflowClient client) {
    this.settings = settings;
    this.stubs = stubs;
    this.client = client;
  }

  /** Opens and checks with {@link #DEFAULT_CHECK_TIMEOUT}. */
  public static TemporalConnection open(TemporalSettings settings, DataConverter dataConverter) {
    return open(settings, dataConverter, DEFAULT_CHECK_TIMEOUT);
  }

  /**
   * Opens the connection and checks it: {@code GetSystemInfo} (reachable, TLS and credentials
   * accepted) then {@code DescribeNamespace}, each within {@code checkTimeout}.
   */
  public static TemporalConnection open(
      TemporalSettings settings, DataConverter dataConverter, Duration checkTimeout) {
    return open(settings, dataConverter, checkTimeout, options -> {});
  }

  /**
   * As {@link #open(TemporalSettings, DataConverter, Duration)}, letting the caller add stub
   * options the settings do not cover (e.g. {@code setMetricsScope}) after ours are applied.
   */
  public static TemporalConnection open(
      TemporalSettings settings,
      DataConverter dataConverter,
      Duration checkTimeout,
      Consumer<WorkflowServiceStubsOptions.Builder> stubsCustomizer) {
    WorkflowServiceStubsOptions.Builder stubsOptions = stubsOptions(settings);
    stubsCustomizer.accept(stubsOptions);
    WorkflowServiceStubs stubs = WorkflowServiceStubs.newServiceStubs(stubsOptions.build());
    try {
      check(stubs, settings, checkTimeout);
    } catch (RuntimeException e) {
      stubs.shutdownNow();
      throw e;
    }
    WorkflowClientOptions.Builder options =
        WorkflowClientOptions.newBuilder()
            .setNamespace(settings.namespace())
            .setDataConverter(dataConverter);
    if (settings.identity() != null) {
      options.setIdentity(settings.identity());
    }
    return new TemporalConnection(
        settings, stubs, WorkflowClient.newInstance(stubs, options.build()));
  }

  static WorkflowServiceStubsOptions.Builder stubsOptions(TemporalSettings settings) {
    WorkflowServiceStubsOptions.Builder options =
        WorkflowServiceStubsOptions.newBuilder()
            .setTarget(settings.target())
            .setEnableHttps(settings.tls());
    if (settings.tls()) {
      options.setSslContext(TlsContexts.forSettings(settings));
    }
    if (settings.tlsServerName() != null) {
      // The authority is what gRPC verifies the server certificate against and sends as SNI.
      options.setChannelInitializer(channel -> channel.overrideAuthority(settings.tlsServerName()));
    }
    if (settings.apiKey() != null) {
      String apiKey = settings.apiKey();
      options.addApiKey(() -> apiKey);
      // Temporal Cloud's regional endpoints route API-key calls by this header.
      Metadata headers = new Metadata();
      headers.put(NAMESPACE_HEADER, settings.namespace());
      options.setHeaders(headers);
    }
    return options;
  }

  private static void check(
      WorkflowServiceStubs stubs, TemporalSettings settings, Duration timeout) {
    String call = "GetSystemInfo";
    try {
      stubs
          .blockingStub()
          .withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS)
          .getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
      call = "DescribeNamespace";
      stubs
          .blockingStub()
          .withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS)
          .describeNamespace(
              DescribeNamespaceRequest.newBuilder().setNamespace(settings.namespace()).build());
    } catch (StatusRuntimeException e) {
      throw ConnectionFailures.describe(e, settings, call, timeout);
    }
  }

  public TemporalSettings settings() {
    return settings;
  }

  public WorkflowServiceStubs serviceStubs() {
    return stubs;
  }

  /** A client bound to the settings' namespace, encoding payloads with the given converter. */
  public WorkflowClient client() {
    return client;
  }

  /** Shuts the channel down, waiting briefly for in-flight calls. */
  @Override
  public void close() {
    stubs.shutdown();
    if (!stubs.awaitTermination(5, TimeUnit.SECONDS)) {
      stubs.shutdownNow();
    }
  }
}
