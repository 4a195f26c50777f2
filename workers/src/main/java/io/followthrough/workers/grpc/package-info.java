/**
 * The gRPC API {@code followthrough.v1} (protos in {@code workers/src/main/proto}): a thin facade
 * over the service layer {@code io.followthrough.workers.ops}, which checks permissions and audits.
 * Served by Micronaut gRPC beside the HTTP API, authenticated with the same bearer JWTs.
 */
package io.followthrough.workers.grpc;
