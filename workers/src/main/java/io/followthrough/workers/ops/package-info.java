/**
 * The operations surface's service layer, shared by the HTTP and gRPC APIs (and the CLI through
 * them): {@link io.followthrough.workers.ops.OutcomeOperations}, {@link
 * io.followthrough.workers.ops.TaskOperations}, {@link
 * io.followthrough.workers.ops.AnalyticsOperations}, {@link
 * io.followthrough.workers.ops.AuditOperations} and {@link
 * io.followthrough.workers.ops.DocumentOperations}.
 *
 * <p>Every operation takes the acting {@link io.followthrough.activities.store.access.Actor} (staff
 * id and role, established by the transport's authentication), checks the store's {@link
 * io.followthrough.activities.store.access.Permissions} for its action (throwing {@link
 * io.followthrough.activities.store.access.PermissionDeniedException}), writes an audit row for
 * every read or write of PHI-bearing records, and calls Temporal and the ops store. Failures the
 * caller can act on are {@link io.followthrough.workers.ops.OperationException}s whose kind maps to
 * an HTTP status or gRPC code; their messages carry ids and codes only.
 */
package io.followthrough.workers.ops;
