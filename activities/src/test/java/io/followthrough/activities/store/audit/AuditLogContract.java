package io.followthrough.activities.store.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.store.OpsStore;
import io.followthrough.activities.store.TableDump;
import io.followthrough.activities.store.TestStore;
import io.followthrough.activities.store.access.Role;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Audit chain behaviour, run against PostgreSQL and H2 by subclasses. */
abstract class AuditLogContract {

  TestStore test;
  OpsStore store;
  AuditLog audit;

  abstract TestStore openStore();

  /** What an attacker with database rights would do first: lift the append-only guard. */
  abstract void liftGuard(Statement statement) throws SQLException;

  @BeforeEach
  void open() {
    test = openStore();
    store = test.store();
    audit = store.auditLog();
  }

  @AfterEach
  void close() {
    test.close();
  }

  static AuditEntry entry(int i) {
    return new AuditEntry(
        "u-" + i, Role.COORDINATOR, "read-document", "document:d" + i, "treatment");
  }

  void appendFive() {
    for (int i = 1; i <= 5; i++) {
      audit.append(entry(i));
    }
  }

  void tamper(String... sql) {
    try (Connection connection = store.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      liftGuard(statement);
      for (String s : sql) {
        statement.execute(s);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void appendsFormAVerifiableChain() {
    appendFive();
    List<AuditRecord> rows = audit.read(1, 10);
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L), rows.stream().map(AuditRecord::seq).toList());
    assertEquals(AuditHasher.GENESIS, rows.get(0).prevHash());
    for (int i = 1; i < rows.size(); i++) {
      assertEquals(rows.get(i - 1).rowHash(), rows.get(i).prevHash());
    }
    assertEquals(rows.get(4).rowHash(), audit.headHash());
    assertEquals(AuditVerification.ok(5), audit.verify());
    assertEquals(List.of(4L, 5L), audit.latest(2).stream().map(AuditRecord::seq).toList());
    assertEquals(5, audit.latest(50).size());
  }

  @Test
  void concurrentAppendsStayLinear() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        done.add(
            pool.submit(() -> LongStream.range(0, 25).forEach(i -> audit.append(entry(thread)))));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(AuditVerification.ok(100), audit.verify());
    assertEquals(100, audit.read(1, 1000).size());
  }

  @Test
  void databaseRefusesUpdateAndDelete() {
    appendFive();
    assertThrows(
        SQLException.class, () -> execute("UPDATE audit_log SET purpose = 'x' WHERE seq = 2"));
    assertThrows(SQLException.class, () -> execute("DELETE FROM audit_log WHERE seq = 2"));
    assertEquals(5, TableDump.count(store.dataSource(), "audit_log"));
    assertTrue(audit.verify().intact());
  }

  @Test
  void detectsAnEditedRow() {
    appendFive();
    tamper("UPDATE audit_log SET record_ref = 'document:other' WHERE seq = 3");
    AuditVerification result = audit.verify();
    assertFalse(result.intact());
    assertEquals(3L, result.firstBrokenSeq());
    assertTrue(result.problem().contains("edited"), result.problem());
  }

  @Test
  void detectsAnEditedRowWhoseHashWasRecomputed() throws SQLException {
    appendFive();
    AuditRecord third = audit.read(3, 1).get(0);
    AuditEntry forged =
        new AuditEntry("u-9", Role.ADMIN, "read-document", "document:d3", "treatment");
    String hash = AuditHasher.hash(3, forged, third.occurredAt(), third.prevHash());
    tamper(
        "UPDATE audit_log SET actor = 'u-9', actor_role = 'admin', row_hash = '"
            + hash
            + "' WHERE seq = 3");
    AuditVerification result = audit.verify();
    assertEquals(4L, result.firstBrokenSeq(), "the next row's link exposes the rewrite");
  }

  @Test
  void detectsADeletedRow() {
    appendFive();
    tamper("DELETE FROM audit_log WHERE seq = 3");
    AuditVerification result = audit.verify();
    assertFalse(result.intact());
    assertEquals(4L, result.firstBrokenSeq());
  }

  @Test
  void detectsADeletedRowRenumbered() {
    appendFive();
    tamper(
        "DELETE FROM audit_log WHERE seq = 3", "UPDATE audit_log SET seq = seq - 1 WHERE seq > 3");
    AuditVerification result = audit.verify();
    assertEquals(3L, result.firstBrokenSeq());
    assertTrue(result.problem().contains("link"), result.problem());
  }

  @Test
  void detectsReorderedRows() {
    appendFive();
    tamper(
        "UPDATE audit_log SET seq = 100 WHERE seq = 2",
        "UPDATE audit_log SET seq = 2 WHERE seq = 3",
        "UPDATE audit_log SET seq = 3 WHERE seq = 100");
    AuditVerification result = audit.verify();
    assertEquals(2L, result.firstBrokenSeq());
  }

  @Test
  void detectsATruncatedTail() {
    appendFive();
    tamper("DELETE FROM audit_log WHERE seq = 5");
    AuditVerification result = audit.verify();
    assertFalse(result.intact());
    assertEquals(5L, result.firstBrokenSeq());
    assertTrue(result.problem().contains("head"), result.problem());
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = store.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.executeUpdate();
    }
  }
}
