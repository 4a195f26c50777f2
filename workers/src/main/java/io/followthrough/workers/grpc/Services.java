package io.followthrough.workers.grpc;

import io.grpc.Status;
import io.micronaut.context.BeanProvider;

/** Looks up a service-layer bean per call: absent until the Temporal client is registered. */
final class Services {

  private Services() {}

  static <T> T of(BeanProvider<T> provider) {
    if (!provider.isPresent()) {
      throw Status.UNAVAILABLE
          .withDescription("the server is not connected to Temporal yet")
          .asRuntimeException();
    }
    return provider.get();
  }
}
