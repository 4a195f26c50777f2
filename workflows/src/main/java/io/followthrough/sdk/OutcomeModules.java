package io.followthrough.sdk;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.operatorservice.v1.AddSearchAttributesRequest;
import io.temporal.api.operatorservice.v1.ListSearchAttributesRequest;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.worker.Worker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** How a worker finds and registers {@link OutcomeModule}s. */
public final class OutcomeModules {
  private OutcomeModules() {}

  /** Modules declared in {@code META-INF/services/io.followthrough.sdk.OutcomeModule}. */
  public static List<OutcomeModule> discover(ClassLoader loader) {
    List<OutcomeModule> modules = new ArrayList<>();
    ServiceLoader.load(OutcomeModule.class, loader).forEach(modules::add);
    return modules;
  }

  /**
   * Registers the module's workflow types and activity implementations on {@code worker}, which
   * must poll {@link OutcomeModule#taskQueue()}.
   */
  public static void register(Worker worker, OutcomeModule module, ModuleEnvironment environment) {
    if (!worker.getTaskQueue().equals(module.taskQueue())) {
      throw new IllegalArgumentException(
          "module "
              + module.name()
              + " runs on task queue "
              + module.taskQueue()
              + ", not "
              + worker.getTaskQueue());
    }
    worker.registerWorkflowImplementationTypes(
        module.workflowImplementationTypes().toArray(new Class<?>[0]));
    List<Object> activities = module.activityImplementations(environment);
    if (!activities.isEmpty()) {
      worker.registerActivitiesImplementations(activities.toArray());
    }
  }

  /**
   * Adds the {@link OutcomeSearchAttributes} missing from {@code namespace} through the
   * OperatorService: the port-bound test server of the dev stack and a real cluster both accept it.
   * Idempotent: attributes already present are left alone.
   *
   * @return names of the attributes added, empty when all were present
   */
  public static List<String> registerSearchAttributes(
      OperatorServiceStubs operator, String namespace) {
    Map<String, IndexedValueType> present = Map.of();
    try {
      present =
          operator
              .blockingStub()
              .listSearchAttributes(
                  ListSearchAttributesRequest.newBuilder().setNamespace(namespace).build())
              .getCustomAttributesMap();
    } catch (StatusRuntimeException e) {
      // The Java test server cannot list; adding one by one tells us what exists.
      if (e.getStatus().getCode() != Status.Code.UNIMPLEMENTED) {
        throw e;
      }
    }
    List<String> added = new ArrayList<>();
    for (Map.Entry<String, IndexedValueType> attribute :
        OutcomeSearchAttributes.indexedValueTypes().entrySet()) {
      if (!present.containsKey(attribute.getKey()) && add(operator, namespace, attribute)) {
        added.add(attribute.getKey());
      }
    }
    return List.copyOf(added);
  }

  private static boolean add(
      OperatorServiceStubs operator, String namespace, Map.Entry<String, IndexedValueType> a) {
    try {
      operator
          .blockingStub()
          .addSearchAttributes(
              AddSearchAttributesRequest.newBuilder()
                  .setNamespace(namespace)
                  .putSearchAttributes(a.getKey(), a.getValue())
                  .build());
      return true;
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.ALREADY_EXISTS) {
        return false;
      }
      throw e;
    }
  }
}
