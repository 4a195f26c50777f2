package io.followthrough.activities.store.audit;

import io.followthrough.activities.store.SqlTime;
import io.followthrough.activities.store.Transactor;
import io.followthrough.activities.store.access.Role;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only, hash-chained audit log of PHI access. Appends lock the single chain-head row, so
 * concurrent appenders (threads or processes) extend one linear chain. {@link #verify()} recomputes
 * every link and names the first row that does not check out.
 */
public final class AuditLog {

  private final Transactor transactor;
  private final Clock clock;

  public AuditLog(Transactor transactor, Clock clock) {
    this.transactor = transactor;
    this.clock = clock;
  }

  /** Chains and stores one entry, stamped now; returns the stored row. */
  public AuditRecord append(AuditEntry entry) {
    return transactor.inTransaction(connection -> append(connection, entry));
  }

  /** Appends inside the caller's transaction (so an audited change and its row commit together). */
  public AuditRecord append(Connection connection, AuditEntry entry) throws SQLException {
    long lastSeq;
    String lastHash;
    try (PreparedStatement head =
            connection.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
        ResultSet rows = head.executeQuery()) {
      if (!rows.next()) {
        throw new SQLException("audit chain head row is missing", "55000");
      }
      lastSeq = rows.getLong(1);
      lastHash = rows.getString(2);
    }
    long seq = lastSeq + 1;
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    String hash = AuditHasher.hash(seq, entry, now, lastHash);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO audit_log (seq, actor, actor_role, action, record_ref, purpose,"
                + " occurred_at, prev_hash, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, seq);
      insert.setString(2, entry.actor());
      insert.setString(3, entry.role().code());
      insert.setString(4, entry.action());
      insert.setString(5, entry.recordRef());
      insert.setString(6, entry.purpose());
      SqlTime.set(insert, 7, now);
      insert.setString(8, lastHash);
      insert.setString(9, hash);
      insert.executeUpdate();
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
      update.setLong(1, seq);
      update.setString(2, hash);
      update.executeUpdate();
    }
    return new AuditRecord(seq, entry, now, lastHash, hash);
  }

  /** Rows from {@code fromSeq} on, in chain order, at most {@code limit}. */
  public List<AuditRecord> read(long fromSeq, int limit) {
    return transactor.inTransaction(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT ?")) {
            select.setLong(1, fromSeq);
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
              List<AuditRecord> out = new ArrayList<>();
              while (rows.next()) {
                out.add(readRow(rows));
              }
              return out;
            }
          }
        });
  }

  /** The newest {@code limit} rows, in chain order. */
  public List<AuditRecord> latest(int limit) {
    return transactor.inTransaction(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT * FROM audit_log WHERE seq > (SELECT last_seq FROM audit_chain_head"
                      + " WHERE id = 1) - ? ORDER BY seq")) {
            select.setLong(1, limit);
            try (ResultSet rows = select.executeQuery()) {
              List<AuditRecord> out = new ArrayList<>();
              while (rows.next()) {
                out.add(readRow(rows));
              }
              return out;
            }
          }
        });
  }

  /** The latest hash: export it elsewhere periodically to anchor the chain against rewrites. */
  public String headHash() {
    return transactor.inTransaction(
        connection -> {
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT last_hash FROM audit_chain_head WHERE id = 1");
              ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getString(1);
          }
        });
  }

  /** Walks the whole chain; detects edited, deleted, inserted and reordered rows. */
  public AuditVerification verify() {
    return transactor.inTransaction(AuditLog::verify);
  }

  private static AuditVerification verify(Connection connection) throws SQLException {
    long expectedSeq = 1;
    String expectedPrev = AuditHasher.GENESIS;
    long checked = 0;
    try (PreparedStatement select =
        connection.prepareStatement("SELECT * FROM audit_log ORDER BY seq")) {
      select.setFetchSize(1000);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          checked++;
          AuditRecord row;
          try {
            row = readRow(rows);
          } catch (IllegalArgumentException | NullPointerException e) {
            return AuditVerification.broken(
                checked,
                rows.getLong("seq"),
                "row holds values no append could write (row edited)");
          }
          if (row.seq() != expectedSeq) {
            return AuditVerification.broken(
                checked,
                row.seq(),
                "rows missing before this one (expected seq " + expectedSeq + ")");
          }
          if (!row.prevHash().equals(expectedPrev)) {
            return AuditVerification.broken(
                checked,
                row.seq(),
                "link to previous row broken (row deleted, inserted or reordered)");
          }
          String recomputed =
              AuditHasher.hash(row.seq(), row.entry(), row.occurredAt(), row.prevHash());
          if (!recomputed.equals(row.rowHash())) {
            return AuditVerification.broken(
                checked, row.seq(), "content does not match its hash (row edited)");
          }
          expectedPrev = row.rowHash();
          expectedSeq++;
        }
      }
    }
    try (PreparedStatement head =
            connection.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1");
        ResultSet rows = head.executeQuery()) {
      if (!rows.next()
          || rows.getLong(1) != expectedSeq - 1
          || !rows.getString(2).equals(expectedPrev)) {
        return AuditVerification.broken(
            checked,
            expectedSeq,
            "chain head does not match the last row (rows removed from the end)");
      }
    }
    return AuditVerification.ok(checked);
  }

  private static AuditRecord readRow(ResultSet rows) throws SQLException {
    AuditEntry entry =
        new AuditEntry(
            rows.getString("actor"),
            Role.fromCode(rows.getString("actor_role")),
            rows.getString("action"),
            rows.getString("record_ref"),
            rows.getString("purpose"));
    return new AuditRecord(
        rows.getLong("seq"),
        entry,
        SqlTime.get(rows, "occurred_at"),
        rows.getString("prev_hash"),
        rows.getString("row_hash"));
  }
}
