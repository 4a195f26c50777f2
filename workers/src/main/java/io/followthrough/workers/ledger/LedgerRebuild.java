package io.followthrough.workers.ledger;

import com.google.protobuf.ByteString;
import io.followthrough.activities.store.ledger.ProjectionRebuilder;
import io.followthrough.ledger.LedgerEvent;
import io.followthrough.sdk.OutcomeSearchAttributes;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.common.converter.DataConverter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Re-derives the ops store from Temporal: lists the outcome runs (executions with an {@code
 * OutcomeType} search attribute) through the standard visibility API, reads each run's ledger
 * events back from its history ({@link LedgerHistory}) and hands them to the store's {@link
 * ProjectionRebuilder}, which stores the events the ledger lacks and re-projects those outcomes.
 */
public final class LedgerRebuild {

  /** The visibility query of every outcome run. */
  public static final String ALL_OUTCOMES = "OutcomeType IS NOT NULL";

  /**
   * What happened to one run.
   *
   * @param workflowId the outcome's workflow id
   * @param runId the run
   * @param events ledger events found in its history
   * @param inserted of those, events the ledger did not hold yet
   * @param error why the run could not be read or stored, or null
   */
  public record RunResult(
      String workflowId, String runId, int events, int inserted, String error) {}

  /**
   * The whole rebuild.
   *
   * @param runs runs read
   * @param outcomes distinct workflow ids among them
   * @param events ledger events found
   * @param inserted events new to the ledger
   * @param failed runs that could not be read or stored
   */
  public record Summary(
      int runs, int outcomes, long events, long inserted, List<RunResult> failed) {}

  /** Told about each run as it is done. */
  @FunctionalInterface
  public interface Progress {
    void done(int index, int total, RunResult run);
  }

  private final WorkflowClient client;
  private final DataConverter converter;
  private final ProjectionRebuilder rebuilder;

  /**
   * @param client a client of the namespace to read
   * @param converter the worker's converter, so encrypted payloads decode
   * @param rebuilder the target store's rebuilder
   */
  public LedgerRebuild(
      WorkflowClient client, DataConverter converter, ProjectionRebuilder rebuilder) {
    this.client = client;
    this.converter = converter;
    this.rebuilder = rebuilder;
  }

  /**
   * Rebuilds from every run {@code query} lists that has an outcome type, oldest first. A run that
   * cannot be read (deleted meanwhile, undecodable payload) is reported and skipped.
   */
  public Summary run(String query, Progress progress) {
    List<WorkflowExecution> runs = list(query);
    Set<String> outcomes = new LinkedHashSet<>();
    long events = 0;
    long inserted = 0;
    List<RunResult> failed = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      WorkflowExecution run = runs.get(i);
      RunResult result = rebuild(run);
      if (result.error() == null) {
        outcomes.add(run.getWorkflowId());
        events += result.events();
        inserted += result.inserted();
      } else {
        failed.add(result);
      }
      progress.done(i + 1, runs.size(), result);
    }
    return new Summary(runs.size(), outcomes.size(), events, inserted, List.copyOf(failed));
  }

  private RunResult rebuild(WorkflowExecution run) {
    try {
      List<LedgerEvent> found =
          LedgerHistory.events(client.fetchHistory(run.getWorkflowId(), run.getRunId()), converter);
      int stored = found.isEmpty() ? 0 : rebuilder.rebuild(found);
      return new RunResult(run.getWorkflowId(), run.getRunId(), found.size(), stored, null);
    } catch (RuntimeException e) {
      // Only the failure's type and first line: history payloads are never printed.
      return new RunResult(run.getWorkflowId(), run.getRunId(), 0, 0, describe(e));
    }
  }

  private static String describe(RuntimeException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    int newline = message.indexOf('\n');
    return e.getClass().getSimpleName()
        + (message.isEmpty() ? "" : ": " + (newline < 0 ? message : message.substring(0, newline)));
  }

  private List<WorkflowExecution> list(String query) {
    List<WorkflowExecution> runs = new ArrayList<>();
    ByteString token = ByteString.EMPTY;
    String outcomeType = OutcomeSearchAttributes.OUTCOME_TYPE.getName();
    do {
      ListWorkflowExecutionsResponse page =
          client
              .getWorkflowServiceStubs()
              .blockingStub()
              .listWorkflowExecutions(
                  ListWorkflowExecutionsRequest.newBuilder()
                      .setNamespace(client.getOptions().getNamespace())
                      .setQuery(query)
                      .setPageSize(1000)
                      .setNextPageToken(token)
                      .build());
      for (WorkflowExecutionInfo info : page.getExecutionsList()) {
        // A narrower --query may list executions that are not outcomes: they hold no ledger events.
        if (info.getSearchAttributes().getIndexedFieldsMap().containsKey(outcomeType)) {
          runs.add(info.getExecution());
        }
      }
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    Collections.reverse(runs); // listed newest first
    return runs;
  }
}
