package io.followthrough.workers.dev;

import io.grpc.BindableService;
import io.grpc.InsecureServerCredentials;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerCallHandler;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import io.temporal.api.workflowservice.v1.RespondWorkflowTaskCompletedRequest;
import io.temporal.api.workflowservice.v1.RespondWorkflowTaskCompletedResponse;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import io.temporal.internal.testservice.TestWorkflowService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Temporal Java test server on a real gRPC port of the loopback interface, with real time (no
 * time skipping), visibility list/count queries answered by {@link DevVisibility}, and sticky
 * execution turned off: the test server has no sticky schedule-to-start timeout, so a workflow task
 * queued for a worker that was killed would wait for it forever. Without stickiness every workflow
 * task goes to the shared task queue (workers replay from history, which dev can afford).
 */
public final class DevTemporalServer implements AutoCloseable {

  private final TestServicesStarter services;
  private final Server server;

  private DevTemporalServer(TestServicesStarter services, Server server) {
    this.services = services;
    this.server = server;
  }

  /**
   * Starts the server.
   *
   * @param port port on 127.0.0.1, 0 for any free port
   * @throws UncheckedIOException when the port cannot be bound
   */
  public static DevTemporalServer start(int port) {
    TestServicesStarter services = new TestServicesStarter(true, 0);
    List<BindableService> bindable = new ArrayList<>();
    for (BindableService service : services.getServices()) {
      if (service instanceof TestWorkflowService workflowService) {
        ServerServiceDefinition withVisibility = withVisibility(workflowService);
        bindable.add(() -> withVisibility);
      } else {
        bindable.add(service);
      }
    }
    NettyServerBuilder builder =
        NettyServerBuilder.forAddress(
            new InetSocketAddress("127.0.0.1", port), InsecureServerCredentials.create());
    GRPCServerHelper.registerServicesAndHealthChecks(bindable, builder);
    try {
      return new DevTemporalServer(services, builder.build().start());
    } catch (IOException e) {
      services.close();
      throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
    }
  }

  /** The bound port. */
  public int port() {
    return server.getPort();
  }

  /** host:port for clients. */
  public String address() {
    return "127.0.0.1:" + port();
  }

  /** Stops accepting calls, then stops the in-memory services. Stop workers before this. */
  @Override
  public void close() {
    server.shutdown();
    try {
      if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
        server.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.shutdownNow();
    }
    services.close();
  }

  /** The test server's WorkflowService with visibility and stickiness handled by us. */
  private static ServerServiceDefinition withVisibility(TestWorkflowService workflowService) {
    DevVisibility visibility = new DevVisibility(workflowService);
    Map<String, ServerCallHandler<?, ?>> overrides =
        Map.of(
            WorkflowServiceGrpc.getListWorkflowExecutionsMethod().getFullMethodName(),
            ServerCalls.asyncUnaryCall(visibility::list),
            WorkflowServiceGrpc.getCountWorkflowExecutionsMethod().getFullMethodName(),
            ServerCalls.asyncUnaryCall(visibility::count),
            WorkflowServiceGrpc.getRespondWorkflowTaskCompletedMethod().getFullMethodName(),
            ServerCalls.asyncUnaryCall(
                (RespondWorkflowTaskCompletedRequest request,
                    StreamObserver<RespondWorkflowTaskCompletedResponse> response) ->
                    workflowService.respondWorkflowTaskCompleted(
                        request.toBuilder().clearStickyAttributes().build(), response)));
    ServerServiceDefinition original = workflowService.bindService();
    ServerServiceDefinition.Builder builder =
        ServerServiceDefinition.builder(original.getServiceDescriptor());
    for (ServerMethodDefinition<?, ?> method : original.getMethods()) {
      builder.addMethod(replaced(method, overrides));
    }
    return builder.build();
  }

  @SuppressWarnings("unchecked")
  private static <Q, R> ServerMethodDefinition<Q, R> replaced(
      ServerMethodDefinition<Q, R> method, Map<String, ServerCallHandler<?, ?>> overrides) {
    MethodDescriptor<Q, R> descriptor = method.getMethodDescriptor();
    ServerCallHandler<?, ?> handler = overrides.get(descriptor.getFullMethodName());
    return handler == null
        ? method
        : ServerMethodDefinition.create(descriptor, (ServerCallHandler<Q, R>) handler);
  }
}
