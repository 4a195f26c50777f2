package io.followthrough.workers.temporal;

import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerCredentials;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.TlsServerCredentials;
import io.grpc.stub.StreamObserver;
import io.temporal.api.enums.v1.NamespaceState;
import io.temporal.api.namespace.v1.NamespaceInfo;
import io.temporal.api.workflowservice.v1.DescribeNamespaceRequest;
import io.temporal.api.workflowservice.v1.DescribeNamespaceResponse;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.api.workflowservice.v1.GetSystemInfoResponse;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;
import java.io.IOException;
import java.security.Principal;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * A stand-in Temporal frontend over real gRPC (optionally TLS/mTLS and an API key) answering the
 * two calls the connection check makes the way a real server does: {@code DescribeNamespace} is
 * NOT_FOUND for unknown namespaces (the Java test server accepts any name) and a wrong API key is
 * UNAUTHENTICATED. It records the last call's headers and client certificate.
 */
final class FakeFrontend implements AutoCloseable {
  static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
  static final Metadata.Key<String> NAMESPACE =
      Metadata.Key.of("temporal-namespace", Metadata.ASCII_STRING_MARSHALLER);

  final AtomicReference<Metadata> lastHeaders = new AtomicReference<>();
  final AtomicReference<Principal> lastClientCertificate = new AtomicReference<>();
  private final Server server;
  private final Set<String> namespaces;
  private final String apiKey;

  private FakeFrontend(ServerCredentials credentials, Set<String> namespaces, String apiKey)
      throws IOException {
    this.namespaces = namespaces;
    this.apiKey = apiKey;
    this.server =
        Grpc.newServerBuilderForPort(0, credentials)
            .addService(ServerInterceptors.intercept(new Service(), new Recorder()))
            .build()
            .start();
  }

  static FakeFrontend plaintext(Set<String> namespaces) throws IOException {
    return new FakeFrontend(InsecureServerCredentials.create(), namespaces, null);
  }

  /** TLS with the server certificate; client certificates required when {@code mutual}. */
  static FakeFrontend tls(
      TestCertificates pki, boolean mutual, Set<String> namespaces, String apiKey)
      throws IOException {
    TlsServerCredentials.Builder credentials =
        TlsServerCredentials.newBuilder()
            .keyManager(pki.serverCert.toFile(), pki.serverKey.toFile());
    if (mutual) {
      credentials
          .trustManager(pki.caCert.toFile())
          .clientAuth(TlsServerCredentials.ClientAuth.REQUIRE);
    }
    return new FakeFrontend(credentials.build(), namespaces, apiKey);
  }

  String target() {
    return "127.0.0.1:" + server.getPort();
  }

  @Override
  public void close() throws InterruptedException {
    server.shutdownNow().awaitTermination();
  }

  private final class Recorder implements ServerInterceptor {
    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(
        ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
      lastHeaders.set(headers);
      SSLSession session = call.getAttributes().get(Grpc.TRANSPORT_ATTR_SSL_SESSION);
      if (session != null) {
        try {
          lastClientCertificate.set(session.getPeerPrincipal());
        } catch (SSLPeerUnverifiedException e) {
          lastClientCertificate.set(null);
        }
      }
      if (apiKey != null && !("Bearer " + apiKey).equals(headers.get(AUTHORIZATION))) {
        call.close(Status.UNAUTHENTICATED.withDescription("Request unauthorized."), new Metadata());
        return new ServerCall.Listener<>() {};
      }
      return next.startCall(call, headers);
    }
  }

  private final class Service extends WorkflowServiceGrpc.WorkflowServiceImplBase {
    @Override
    public void getSystemInfo(
        GetSystemInfoRequest request, StreamObserver<GetSystemInfoResponse> response) {
      response.onNext(GetSystemInfoResponse.newBuilder().setServerVersion("fake").build());
      response.onCompleted();
    }

    @Override
    public void describeNamespace(
        DescribeNamespaceRequest request, StreamObserver<DescribeNamespaceResponse> response) {
      if (!namespaces.contains(request.getNamespace())) {
        // The wording of the real frontend's error.
        response.onError(
            Status.NOT_FOUND
                .withDescription("Namespace " + request.getNamespace() + " is not found.")
                .asRuntimeException());
        return;
      }
      response.onNext(
          DescribeNamespaceResponse.newBuilder()
              .setNamespaceInfo(
                  NamespaceInfo.newBuilder()
                      .setName(request.getNamespace())
                      .setState(NamespaceState.NAMESPACE_STATE_REGISTERED))
              .build());
      response.onCompleted();
    }
  }
}
