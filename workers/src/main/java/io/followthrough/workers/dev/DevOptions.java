package io.followthrough.workers.dev;

import java.nio.file.Path;

/**
 * What `followthrough dev` was asked to run.
 *
 * @param grpcPort Temporal frontend port on 127.0.0.1 (0: any free port)
 * @param httpPort HTTP port of health and API (0: any free port)
 * @param namespace namespace the search attributes are registered in
 * @param dataDirectory where modules keep their files
 * @param worker whether to run the worker in-process
 * @param demo whether to start demo outcomes
 * @param apiGrpcPort port of the gRPC API {@code followthrough.v1} on 127.0.0.1 (0: any free port)
 */
public record DevOptions(
    int grpcPort,
    int httpPort,
    String namespace,
    Path dataDirectory,
    boolean worker,
    boolean demo,
    int apiGrpcPort) {

  /** Default port of the gRPC API in dev. */
  public static final int DEFAULT_API_GRPC_PORT = 7243;

  /** Options with the gRPC API on any free port (tests that start several stacks). */
  public DevOptions(
      int grpcPort,
      int httpPort,
      String namespace,
      Path dataDirectory,
      boolean worker,
      boolean demo) {
    this(grpcPort, httpPort, namespace, dataDirectory, worker, demo, 0);
  }
}
