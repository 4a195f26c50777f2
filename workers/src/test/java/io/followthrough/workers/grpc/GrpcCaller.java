package io.followthrough.workers.grpc;

import io.followthrough.api.v1.DocumentServiceGrpc;
import io.followthrough.api.v1.OutcomeServiceGrpc;
import io.followthrough.api.v1.TaskServiceGrpc;
import io.grpc.CallCredentials;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.function.Executable;

/** Test client of the gRPC API: stubs carrying a given bearer token (or none). */
final class GrpcCaller implements AutoCloseable {

  private final ManagedChannel channel;

  GrpcCaller(String address) {
    channel =
        Grpc.newChannelBuilder(address, InsecureChannelCredentials.create())
            .maxInboundMessageSize(80 << 20)
            .build();
  }

  OutcomeServiceGrpc.OutcomeServiceBlockingStub outcomes(String token) {
    return withToken(OutcomeServiceGrpc.newBlockingStub(channel), token);
  }

  TaskServiceGrpc.TaskServiceBlockingStub tasks(String token) {
    return withToken(TaskServiceGrpc.newBlockingStub(channel), token);
  }

  DocumentServiceGrpc.DocumentServiceBlockingStub documents(String token) {
    return withToken(DocumentServiceGrpc.newBlockingStub(channel), token)
        .withMaxOutboundMessageSize(80 << 20);
  }

  private static <S extends io.grpc.stub.AbstractStub<S>> S withToken(S stub, String token) {
    S timed = stub.withDeadlineAfter(60, TimeUnit.SECONDS);
    return token == null ? timed : timed.withCallCredentials(bearer(token));
  }

  /** The status of the call's failure; fails the test if it succeeded. */
  static StatusRuntimeException failure(Executable call) {
    try {
      call.execute();
    } catch (StatusRuntimeException e) {
      return e;
    } catch (Throwable t) {
      throw new AssertionError("expected a gRPC status, got " + t, t);
    }
    throw new AssertionError("expected the call to fail");
  }

  /** The status code of the call: OK when it succeeded. */
  static Status.Code code(Executable call) {
    try {
      call.execute();
      return Status.Code.OK;
    } catch (StatusRuntimeException e) {
      return e.getStatus().getCode();
    } catch (Throwable t) {
      throw new AssertionError("expected a gRPC status, got " + t, t);
    }
  }

  /** The service layer's reason code in the trailers. */
  static String reason(StatusRuntimeException e) {
    return e.getTrailers() == null ? null : e.getTrailers().get(GrpcErrors.CODE);
  }

  private static CallCredentials bearer(String token) {
    Metadata.Key<String> authorization =
        Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    return new CallCredentials() {
      @Override
      public void applyRequestMetadata(
          RequestInfo requestInfo, Executor appExecutor, MetadataApplier applier) {
        Metadata headers = new Metadata();
        headers.put(authorization, "Bearer " + token);
        applier.apply(headers);
      }
    };
  }

  @Override
  public void close() {
    channel.shutdownNow();
  }
}
