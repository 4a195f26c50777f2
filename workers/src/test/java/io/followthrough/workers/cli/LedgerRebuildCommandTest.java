package io.followthrough.workers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.workers.fixtures.OutcomeProbe;
import io.followthrough.workers.fixtures.ProbeStack;
import io.temporal.client.WorkflowStub;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `followthrough ledger rebuild` against a port-bound dev server (whose visibility answers the list
 * query) and PostgreSQL, over encrypted payloads.
 */
class LedgerRebuildCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;

  @Test
  void wipedProjectionsComeBackRowForRowFromTheHistories() throws Exception {
    try (PostgresSchema pg = new PostgresSchema();
        ProbeStack stack =
            new ProbeStack(data, List.of(pg.store.ledgerActivities()), pg.store.auditLog())) {
      DataSource db = pg.store.dataSource();
      // One outcome completed through its task, one still waiting for a coordinator.
      OutcomeProbe done = stack.start("R-1");
      OutcomeProbe waiting = stack.start("R-2");
      done.completeTask(
          new TaskCompletion(ProbeStack.awaitTask(done), "coordinator", "c-1", "checked"));
      WorkflowStub.fromTyped(done).getResult(String.class);
      ProbeStack.awaitTask(waiting);
      awaitRows(db, "human_task", 2);

      List<List<String>> before = StoreTables.dump(db);
      assertEquals(2, before.get(1).size(), "two outcomes projected");
      assertTrue(before.get(3).stream().anyMatch(r -> r.contains("status=open")), "an open task");
      StoreTables.execute(
          db,
          "DELETE FROM ledger_event",
          "DELETE FROM outcome",
          "DELETE FROM stage_visit",
          "DELETE FROM human_task",
          "DELETE FROM funnel_day",
          "DELETE FROM stage_duration",
          "DELETE FROM stage_duration_day");

      String[] rebuild = {
        "ledger",
        "rebuild",
        "--address",
        stack.address(),
        "--config",
        pg.configFile(data).toString(),
        "-o",
        "json"
      };
      CommandRun run = CommandRun.of(rebuild);
      assertEquals(0, run.exitCode(), run.err());
      JsonNode summary = JSON.readTree(run.out());
      assertEquals(2, summary.get("runs").asInt());
      assertEquals(2, summary.get("outcomes").asInt());
      int events = before.get(0).size();
      assertEquals(events, summary.get("events").asInt());
      assertEquals(events, summary.get("inserted").asInt(), "every event stored again");
      assertTrue(run.err().contains("[2/2] probe-outcome/R-"), run.err());
      assertEquals(before, StoreTables.dump(db), "the same rows as the workers wrote");

      // Idempotent: a second rebuild finds everything stored and changes nothing.
      CommandRun again = CommandRun.of(rebuild);
      assertEquals(0, again.exitCode(), again.err());
      assertEquals(0, JSON.readTree(again.out()).get("inserted").asInt());
      assertEquals(before, StoreTables.dump(db));

      CommandRun text =
          CommandRun.of(
              "ledger",
              "rebuild",
              "--address",
              stack.address(),
              "--config",
              pg.configFile(data).toString(),
              "-q",
              "WorkflowId = 'probe-outcome/R-1'");
      assertEquals(0, text.exitCode(), text.err());
      assertTrue(text.out().startsWith("rebuilt 1 outcomes from 1 runs: "), text.out());
    }
  }

  @Test
  void eventsOfAWorkerWithoutAStoreAreRecoveredFromItsHistories() throws Exception {
    try (PostgresSchema pg = new PostgresSchema()) {
      try (ProbeStack storeless = new ProbeStack(data, List.of(), null)) {
        OutcomeProbe probe = storeless.start("N-1");
        probe.completeTask(
            new TaskCompletion(ProbeStack.awaitTask(probe), "coordinator", "c-2", "checked"));
        // It finishes: the worker's history-only ledger answers without a store.
        assertEquals("checked", WorkflowStub.fromTyped(probe).getResult(String.class));
        assertEquals(0, StoreTables.rows(pg.store.dataSource(), "ledger_event").size());

        CommandRun run =
            CommandRun.of(
                "ledger",
                "rebuild",
                "--address",
                storeless.address(),
                "--config",
                pg.configFile(data).toString());
        assertEquals(0, run.exitCode(), run.err());
      }
      List<String> outcome = StoreTables.rows(pg.store.dataSource(), "outcome");
      assertEquals(1, outcome.size());
      assertTrue(outcome.get(0).contains("workflow_id=probe-outcome/N-1"), outcome.get(0));
      assertTrue(outcome.get(0).contains("status=completed"), outcome.get(0));
      List<String> tasks = StoreTables.rows(pg.store.dataSource(), "human_task");
      assertTrue(tasks.get(0).contains("priority=2"), tasks.get(0));
      assertTrue(tasks.get(0).contains("context_ref=probe:N-1"), tasks.get(0));
      assertTrue(tasks.get(0).contains("resolution_code=checked"), tasks.get(0));
    }
  }

  @Test
  void withoutAStoreItStopsWithOneLineAndExitCode3() {
    CommandRun run = CommandRun.of("ledger", "rebuild", "--address", "127.0.0.1:1");
    assertEquals(ExitCodes.CONNECTION, run.exitCode(), run.err());
    assertTrue(run.err().startsWith("error: no ops store configured"), run.err());
  }

  /** The worker reports asynchronously: wait (at most 20 s) for its rows. */
  private static void awaitRows(DataSource db, String table, int count)
      throws InterruptedException {
    for (int i = 0; i < 200 && StoreTables.rows(db, table).size() < count; i++) {
      Thread.sleep(100);
    }
    assertEquals(count, StoreTables.rows(db, table).size(), table);
  }
}
