package io.followthrough.workers.dev;

import io.followthrough.sdk.OutcomeSearchAttributes;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.operatorservice.v1.AddSearchAttributesRequest;
import io.temporal.common.SearchAttributeKey;
import io.temporal.serviceclient.OperatorServiceStubs;

/** Registers the outcome search attributes with a namespace through the OperatorService. */
public final class SearchAttributeRegistrar {

  private SearchAttributeRegistrar() {}

  /** Adds every attribute of {@link OutcomeSearchAttributes#ALL}; existing ones are left alone. */
  public static void registerAll(OperatorServiceStubs operator, String namespace) {
    for (SearchAttributeKey<?> key : OutcomeSearchAttributes.ALL) {
      try {
        operator
            .blockingStub()
            .addSearchAttributes(
                AddSearchAttributesRequest.newBuilder()
                    .setNamespace(namespace)
                    .putSearchAttributes(key.getName(), key.getValueType())
                    .build());
      } catch (StatusRuntimeException e) {
        if (e.getStatus().getCode() != Status.Code.ALREADY_EXISTS) {
          throw e;
        }
      }
    }
  }
}
