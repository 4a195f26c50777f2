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
 */
public record DevOptions(
    int grpcPort,
    int httpPort,
    String namespace,
    Path dataDirectory,
    boolean worker,
    boolean demo) {}
