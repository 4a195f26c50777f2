package io.followthrough.workers.dev;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.function.BiConsumer;

/** Calls a unary gRPC service method in-process and returns its single answer or throws. */
final class Unary<T> implements StreamObserver<T> {

  private T value;
  private Throwable error;

  private Unary() {}

  static <Q, T> T call(BiConsumer<Q, StreamObserver<T>> method, Q request) {
    Unary<T> observer = new Unary<>();
    method.accept(request, observer);
    if (observer.error != null) {
      throw observer.error instanceof StatusRuntimeException sre
          ? sre
          : Status.fromThrowable(observer.error).asRuntimeException();
    }
    if (observer.value == null) {
      throw Status.INTERNAL.withDescription("no answer from test service").asRuntimeException();
    }
    return observer.value;
  }

  @Override
  public void onNext(T value) {
    this.value = value;
  }

  @Override
  public void onError(Throwable error) {
    this.error = error;
  }

  @Override
  public void onCompleted() {}
}
