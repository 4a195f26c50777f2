package io.followthrough.workers.cli;

import io.followthrough.api.v1.DocumentServiceGrpc;
import io.followthrough.api.v1.OutcomeServiceGrpc;
import io.followthrough.api.v1.TaskServiceGrpc;
import io.followthrough.workers.runtime.ConfigurationProblem;
import io.grpc.CallCredentials;
import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The CLI's connection to the gRPC API: one channel, every call carrying the bearer token. Failures
 * to reach the server or to authenticate become one-line {@link ConfigurationProblem}s (exit 3).
 */
final class ApiClient implements AutoCloseable {

  /** Largest document the CLI sends in one call (the server's limit is the intake's). */
  static final int MAX_MESSAGE_BYTES = 80 * 1024 * 1024;

  private static final Metadata.Key<String> ERROR_CODE =
      Metadata.Key.of("followthrough-error", Metadata.ASCII_STRING_MARSHALLER);

  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  private final String address;
  private final ManagedChannel channel;
  private final CallCredentials credentials;

  private ApiClient(String address, ManagedChannel channel, String token) {
    this.address = address;
    this.channel = channel;
    this.credentials = bearer(token);
  }

  /** Connects to the API that {@code options} name, with their token (or a dev login). */
  static ApiClient connect(ApiOptions options, Map<String, String> env)
      throws IOException, InterruptedException {
    String token = ApiToken.obtain(options.token, options.http, devClient(), env, options.devRole);
    String address = options.address(env);
    ChannelCredentials channelCredentials;
    if (options.tls || options.ca != null) {
      TlsChannelCredentials.Builder tls = TlsChannelCredentials.newBuilder();
      if (options.ca != null) {
        tls.trustManager(options.ca.toFile());
      }
      channelCredentials = tls.build();
    } else {
      channelCredentials = InsecureChannelCredentials.create();
    }
    ManagedChannel channel =
        Grpc.newChannelBuilder(address, channelCredentials)
            .maxInboundMessageSize(MAX_MESSAGE_BYTES)
            .build();
    return new ApiClient(address, channel, token);
  }

  TaskServiceGrpc.TaskServiceBlockingStub tasks() {
    return TaskServiceGrpc.newBlockingStub(channel)
        .withCallCredentials(credentials)
        .withDeadlineAfter(2, TimeUnit.MINUTES);
  }

  OutcomeServiceGrpc.OutcomeServiceBlockingStub outcomes() {
    return OutcomeServiceGrpc.newBlockingStub(channel)
        .withCallCredentials(credentials)
        .withDeadlineAfter(2, TimeUnit.MINUTES);
  }

  DocumentServiceGrpc.DocumentServiceBlockingStub documents() {
    return DocumentServiceGrpc.newBlockingStub(channel)
        .withCallCredentials(credentials)
        .withMaxOutboundMessageSize(MAX_MESSAGE_BYTES)
        .withDeadlineAfter(2, TimeUnit.MINUTES);
  }

  /**
   * Runs one call; the server's refusals (not found, denied, invalid, conflict) come back as the
   * {@link StatusRuntimeException}, transport and credential failures as a ConfigurationProblem.
   */
  <T> T call(Supplier<T> rpc) {
    try {
      return rpc.get();
    } catch (StatusRuntimeException e) {
      Status.Code code = e.getStatus().getCode();
      if (serverReason(e) != null) {
        throw e; // the service answered (e.g. UNAVAILABLE: not connected to Temporal yet)
      }
      if (code == Status.Code.UNAVAILABLE) {
        throw new ConfigurationProblem(
            "cannot reach the Followthrough gRPC API at "
                + address
                + " (is `followthrough dev` running? see --api)",
            e);
      }
      if (code == Status.Code.UNAUTHENTICATED) {
        throw new ConfigurationProblem(
            "the gRPC API at "
                + address
                + " refused the token: "
                + e.getStatus().getDescription()
                + " (set --token or FOLLOWTHROUGH_TOKEN)",
            e);
      }
      throw e;
    }
  }

  /** The trailer's reason code of a refusal (e.g. {@code TASK_NOT_FOUND}), else the gRPC code. */
  static String reason(StatusRuntimeException e) {
    String code = serverReason(e);
    return code != null ? code : e.getStatus().getCode().name();
  }

  /** The reason code the service put in the trailers; null when the failure is the transport's. */
  private static String serverReason(StatusRuntimeException e) {
    Metadata trailers = e.getTrailers();
    return trailers == null ? null : trailers.get(ERROR_CODE);
  }

  /** The server's one-line message of a refusal. */
  static String message(StatusRuntimeException e) {
    String description = e.getStatus().getDescription();
    return description != null ? description : e.getStatus().getCode().name();
  }

  @Override
  public void close() {
    channel.shutdownNow();
    try {
      channel.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static HttpClient devClient() {
    return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  private static CallCredentials bearer(String token) {
    return new CallCredentials() {
      @Override
      public void applyRequestMetadata(
          RequestInfo requestInfo, Executor appExecutor, MetadataApplier applier) {
        Metadata headers = new Metadata();
        headers.put(AUTHORIZATION, "Bearer " + token);
        applier.apply(headers);
      }
    };
  }
}
