package io.followthrough.workers.grpc;

import io.followthrough.activities.store.access.Actor;
import io.grpc.Context;
import io.grpc.Status;

/** The authenticated caller of the current gRPC call, set by {@link BearerTokenInterceptor}. */
final class CallerIdentity {

  static final Context.Key<Actor> ACTOR = Context.key("followthrough-actor");

  private CallerIdentity() {}

  /** The caller; UNAUTHENTICATED if the interceptor did not run (never expected). */
  static Actor current() {
    Actor actor = ACTOR.get();
    if (actor == null) {
      throw Status.UNAUTHENTICATED.withDescription("no authenticated caller").asRuntimeException();
    }
    return actor;
  }
}
