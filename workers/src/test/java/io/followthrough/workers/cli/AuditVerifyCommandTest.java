package io.followthrough.workers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.activities.store.access.Role;
import io.followthrough.activities.store.audit.AuditEntry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `followthrough audit verify` on PostgreSQL: intact, an edited row, a deleted row. */
class AuditVerifyCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;

  private static void appendFive(PostgresSchema pg) {
    for (int i = 1; i <= 5; i++) {
      pg.store
          .auditLog()
          .append(
              new AuditEntry(
                  "u-" + i, Role.COORDINATOR, "read-document", "document:d" + i, "treatment"));
    }
  }

  /** As an attacker with database rights would: lift the append-only guard, then change rows. */
  private static void tamper(PostgresSchema pg, String sql) {
    StoreTables.execute(pg.store.dataSource(), "ALTER TABLE audit_log DISABLE TRIGGER USER", sql);
  }

  @Test
  void intactChainExitsZero() throws Exception {
    try (PostgresSchema pg = new PostgresSchema()) {
      appendFive(pg);
      String config = pg.configFile(folder).toString();

      CommandRun text = CommandRun.of("audit", "verify", "--config", config);
      assertEquals(ExitCodes.OK, text.exitCode(), text.err());
      assertTrue(text.out().startsWith("audit log intact: 5 rows checked, head hash "), text.out());
      assertTrue(text.out().contains(pg.store.auditLog().headHash()), text.out());

      CommandRun json = CommandRun.of("audit", "verify", "--config", config, "-o", "json");
      JsonNode result = JSON.readTree(json.out());
      assertTrue(result.get("intact").asBoolean());
      assertEquals(5, result.get("rowsChecked").asInt());
      assertTrue(result.get("firstBrokenSeq").isNull());
    }
  }

  @Test
  void editedRowIsNamedWithExitOne() throws Exception {
    try (PostgresSchema pg = new PostgresSchema()) {
      appendFive(pg);
      tamper(pg, "UPDATE audit_log SET record_ref = 'document:other' WHERE seq = 3");

      CommandRun run =
          CommandRun.of("audit", "verify", "--config", pg.configFile(folder).toString());
      assertEquals(ExitCodes.FAILED, run.exitCode(), run.out() + run.err());
      assertTrue(run.out().startsWith("audit log BROKEN at seq 3: "), run.out());
      assertTrue(run.out().contains("row edited"), run.out());
    }
  }

  @Test
  void deletedRowIsNamedWithExitOne() throws Exception {
    try (PostgresSchema pg = new PostgresSchema()) {
      appendFive(pg);
      tamper(pg, "DELETE FROM audit_log WHERE seq = 2");

      CommandRun run =
          CommandRun.of(
              "audit", "verify", "--config", pg.configFile(folder).toString(), "-o", "json");
      assertEquals(ExitCodes.FAILED, run.exitCode(), run.out() + run.err());
      JsonNode result = JSON.readTree(run.out());
      assertEquals(false, result.get("intact").asBoolean());
      assertEquals(3, result.get("firstBrokenSeq").asInt(), "the row after the gap");
      assertTrue(result.get("problem").asText().contains("missing"), result.toString());
    }
  }

  @Test
  void withoutAStoreItStopsWithExitCode3() {
    CommandRun run = CommandRun.of("audit", "verify");
    assertEquals(ExitCodes.CONNECTION, run.exitCode());
    assertTrue(run.err().startsWith("error: no ops store configured"), run.err());
  }
}
