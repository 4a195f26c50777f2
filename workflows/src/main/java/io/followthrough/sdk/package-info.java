/**
 * The Followthrough Outcome SDK: building blocks for outcome workflows.
 *
 * <p>An outcome workflow keeps its bookkeeping in an {@link io.followthrough.sdk.Outcome} and moves
 * through {@link io.followthrough.sdk.Stage}s; it waits on the world with {@link
 * io.followthrough.sdk.EscalationLadder}, {@link io.followthrough.sdk.Confirmation} and {@link
 * io.followthrough.sdk.Deadline}; it hands work to people with {@link
 * io.followthrough.sdk.HumanTaskSpec human tasks}; it stays small with {@link
 * io.followthrough.sdk.HistoryGuard}. Modules ship as {@link io.followthrough.sdk.OutcomeModule}s.
 *
 * <h2>Determinism rules for workflow code</h2>
 *
 * Temporal rebuilds a workflow's state by replaying its history through the code. Replay must take
 * the same decisions, so workflow code (the workflow implementation and every SDK call it makes):
 *
 * <ul>
 *   <li>reads time only through {@code Workflow.currentTimeMillis()} or {@link
 *       io.followthrough.sdk.Deadline#now()}, never {@code System.currentTimeMillis()}, {@code
 *       Instant.now()} or {@code LocalDate.now()};
 *   <li>waits only through {@code Workflow.sleep}, {@code Workflow.await}, {@code
 *       Workflow.newTimer} and the SDK helpers built on them, never {@code Thread.sleep};
 *   <li>gets randomness and ids only from {@code Workflow.newRandom()} and {@code
 *       Workflow.randomUUID()};
 *   <li>does no I/O (files, network, databases, logging to PHI-bearing sinks): every side effect is
 *       an activity with explicit timeouts and a retry policy ({@link
 *       io.followthrough.sdk.ActivityPolicies}) and an idempotency key ({@link
 *       io.followthrough.sdk.IdempotencyKeys});
 *   <li>starts no threads and uses no mutable static state; use {@code Workflow.newPromise} and
 *       {@code Async} for concurrency;
 *   <li>iterates only ordered collections ({@code List}, {@code LinkedHashMap}), never a {@code
 *       HashMap}/{@code HashSet} whose order could differ between runs;
 *   <li>changes a running workflow's decisions only behind {@code Workflow.getVersion} (see
 *       docs/sdk.md), and proves it with a replay test of a recorded history.
 * </ul>
 *
 * <h2>No PHI</h2>
 *
 * Stage names, rung names, timeline codes, human-task reasons and context, search attributes and
 * exception messages carry codes and business keys only, never patient names, dates of birth, phone
 * numbers, MRNs, addresses or document text.
 */
package io.followthrough.sdk;
