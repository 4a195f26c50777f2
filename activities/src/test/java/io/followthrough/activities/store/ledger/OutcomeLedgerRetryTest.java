package io.followthrough.activities.store.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.store.TableDump;
import io.followthrough.activities.store.TestStore;
import io.followthrough.documents.DocumentFacts;
import io.followthrough.documents.DocumentIntakeActivities;
import io.followthrough.intake.FaxIntakeInput;
import io.followthrough.intake.FaxIntakeWorkflow;
import io.followthrough.intake.FaxIntakeWorkflowImpl;
import io.followthrough.intake.IntakeSummary;
import io.followthrough.ledger.LedgerActivities;
import io.followthrough.ledger.LedgerEvent;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.temporal.activity.Activity;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An SDK outcome (the intake, through a coordinator task) reporting to the real {@link
 * JdbcLedgerActivities}, where every ledger activity loses its first answer after committing: the
 * retries store nothing twice and the projections come out as from one clean pass.
 */
class OutcomeLedgerRetryTest {

  private static final String DOCUMENT = "doc-77";

  /** Stores, then fails the first attempt of every call: a response lost after the commit. */
  static final class LostFirstAnswer implements LedgerActivities {
    private final LedgerActivities store;
    final List<LedgerEvent> seen = Collections.synchronizedList(new ArrayList<>());
    final List<Integer> attempts = Collections.synchronizedList(new ArrayList<>());

    LostFirstAnswer(LedgerActivities store) {
      this.store = store;
    }

    @Override
    public boolean record(LedgerEvent event) {
      boolean stored = store.record(event);
      int attempt = Activity.getExecutionContext().getInfo().getAttempt();
      attempts.add(attempt);
      if (attempt == 1) {
        seen.add(event);
        throw new IllegalStateException("simulated timeout after commit");
      }
      return stored;
    }

    @Override
    public int recordAll(List<LedgerEvent> events) {
      throw new UnsupportedOperationException("the SDK records one event per call");
    }
  }

  /** Understood, but a required field is missing: a coordinator must look. */
  static final class UnsureDocuments implements DocumentIntakeActivities {
    @Override
    public DocumentFacts understand(String documentId) {
      return new DocumentFacts(
          documentId, "referral", 0.55, true, Map.of(), List.of("referring_npi"), List.of(), 1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgres", "h2"})
  void retriedLedgerCallsStoreEachFactOnce(String database) {
    Supplier<TestStore> open =
        "postgres".equals(database)
            ? () -> TestStore.postgres(Clock.systemUTC())
            : () -> TestStore.h2(Clock.systemUTC());
    try (TestStore test = open.get()) {
      LostFirstAnswer ledger = new LostFirstAnswer(test.store().ledgerActivities());
      try (OutcomeTestEnvironment env =
          OutcomeTestEnvironment.builder()
              .workflowTypes(FaxIntakeWorkflowImpl.class)
              .activities(new UnsureDocuments(), ledger)
              .build()) {
        String id = FaxIntakeWorkflow.workflowId(DOCUMENT);
        FaxIntakeWorkflow wf = env.newWorkflow(FaxIntakeWorkflow.class, id);
        WorkflowClient.start(wf::run, new FaxIntakeInput(DOCUMENT, "upload", 0L, 1));
        env.sleep(Duration.ofMinutes(1));
        String taskId = wf.state().tasks().get(0).id();
        wf.completeTask(new TaskCompletion(taskId, "coordinator", "c-1", "referral"));
        WorkflowStub.fromTyped(wf).getResult(IntakeSummary.class);

        DataSource db = test.store().dataSource();
        int facts = ledger.seen.size();
        assertEquals(7, facts, "stages, attempt, task opened and resolved, completion");
        assertEquals(2 * facts, ledger.attempts.size(), "every call answered on its second try");
        assertEquals(facts, TableDump.count(db, "ledger_event"), "no fact stored twice");

        List<String> outcome = TableDump.rows(db, "outcome");
        assertEquals(1, outcome.size());
        assertTrue(outcome.get(0).contains("status=completed"), outcome.get(0));
        assertTrue(outcome.get(0).contains("current_stage=route"), outcome.get(0));
        assertTrue(outcome.get(0).contains("owner=automation"), outcome.get(0));
        assertTrue(outcome.get(0).contains("open_tasks=0"), outcome.get(0));
        assertTrue(outcome.get(0).contains("event_count=7"), outcome.get(0));
        List<String> tasks = TableDump.rows(db, "human_task");
        assertEquals(1, tasks.size());
        assertTrue(tasks.get(0).contains("task_id=" + id + "/" + taskId), tasks.get(0));
        assertTrue(tasks.get(0).contains("status=resolved"), tasks.get(0));
        assertTrue(tasks.get(0).contains("resolution_code=referral"), tasks.get(0));
        assertTrue(tasks.get(0).contains("context_ref=document:" + DOCUMENT), tasks.get(0));
        assertEquals(3, TableDump.count(db, "stage_visit"), "understand, review, route");

        // A replay of the same facts (a reset worker, a second delivery) changes nothing either.
        List<List<String>> before = dump(db);
        assertEquals(0, test.store().ledgerActivities().recordAll(List.copyOf(ledger.seen)));
        assertEquals(before, dump(db));
      }
    }
  }

  private static List<List<String>> dump(DataSource db) {
    return List.of(
        TableDump.rows(db, "ledger_event"),
        TableDump.rows(db, "outcome"),
        TableDump.rows(db, "stage_visit"),
        TableDump.rows(db, "human_task"));
  }
}
