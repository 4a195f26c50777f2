package io.followthrough.workers.grpc;

import io.followthrough.activities.store.StoreException;
import io.followthrough.activities.store.access.PermissionDeniedException;
import io.followthrough.workers.intake.IngestRejectedException;
import io.followthrough.workers.ops.OperationException;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Service-layer failures as gRPC statuses. The description is the service layer's message, which
 * names ids and codes, never PHI; the machine-readable reason (e.g. {@code TASK_NOT_FOUND}) travels
 * in the trailer {@value #CODE_KEY}.
 */
final class GrpcErrors {

  /** Trailer with the service layer's reason code. */
  static final String CODE_KEY = "followthrough-error";

  static final Metadata.Key<String> CODE =
      Metadata.Key.of(CODE_KEY, Metadata.ASCII_STRING_MARSHALLER);

  private static final Logger log = LoggerFactory.getLogger(GrpcErrors.class);

  private GrpcErrors() {}

  static StatusRuntimeException of(Throwable e) {
    if (e instanceof StatusRuntimeException status) {
      return status;
    }
    if (e instanceof OperationException op) {
      return with(status(op), op.code(), op.getMessage());
    }
    if (e instanceof PermissionDeniedException denied) {
      return with(Status.PERMISSION_DENIED, "PERMISSION_DENIED", denied.getMessage());
    }
    if (e instanceof IngestRejectedException rejected) {
      return with(Status.INVALID_ARGUMENT, rejected.reason().name(), rejected.getMessage());
    }
    if (e instanceof StoreException) {
      log.warn("ops store failure in a gRPC call: {}", e.getMessage());
      return with(Status.UNAVAILABLE, "STORE_UNAVAILABLE", "the ops store is unavailable");
    }
    // Unknown failures may carry anything in their message: log the type, answer generically.
    log.warn("gRPC call failed with {}", e.getClass().getName(), e);
    return with(Status.INTERNAL, "INTERNAL", "internal error (see the server log)");
  }

  static Status status(OperationException e) {
    return switch (e.kind()) {
      case BAD_REQUEST, REJECTED -> Status.INVALID_ARGUMENT;
      case NOT_FOUND -> Status.NOT_FOUND;
      case CONFLICT ->
          "ALREADY_STARTED".equals(e.code()) ? Status.ALREADY_EXISTS : Status.FAILED_PRECONDITION;
      case UNAVAILABLE -> Status.UNAVAILABLE;
    };
  }

  static StatusRuntimeException with(Status status, String code, String message) {
    Metadata trailers = new Metadata();
    trailers.put(CODE, code);
    return status.withDescription(message).asRuntimeException(trailers);
  }
}
