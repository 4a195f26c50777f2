package io.followthrough.workers.grpc;

import io.grpc.stub.StreamObserver;

/** Runs one unary call: the answer, or the failure as a gRPC status. */
final class Unary {

  /** The work of a call; may throw the service layer's checked exceptions. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws Exception;
  }

  private Unary() {}

  static <T> void answer(StreamObserver<T> observer, Work<T> work) {
    T result;
    try {
      result = work.run();
    } catch (Exception e) {
      observer.onError(GrpcErrors.of(e));
      return;
    }
    observer.onNext(result);
    observer.onCompleted();
  }
}
