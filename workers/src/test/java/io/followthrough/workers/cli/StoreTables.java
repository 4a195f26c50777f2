package io.followthrough.workers.cli;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/** Table contents as sorted text (store-assigned ids and insert times left out), for comparing. */
final class StoreTables {

  /** The ledger and every projection derived from it (V12 and V13 added the analytics rollups). */
  static final List<String> LEDGER =
      List.of(
          "ledger_event",
          "outcome",
          "stage_visit",
          "human_task",
          "funnel_day",
          "stage_duration",
          "stage_duration_day");

  private static final Set<String> VOLATILE = Set.of("id", "recorded_at");

  private StoreTables() {}

  static List<List<String>> dump(DataSource db) {
    List<List<String>> tables = new ArrayList<>();
    for (String table : LEDGER) {
      tables.add(rows(db, table));
    }
    return tables;
  }

  static List<String> rows(DataSource db, String table) {
    try (Connection connection = db.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
      ResultSetMetaData meta = rows.getMetaData();
      List<String> out = new ArrayList<>();
      while (rows.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          String column = meta.getColumnName(i).toLowerCase();
          if (!VOLATILE.contains(column)) {
            Object value = rows.getObject(i);
            if (value instanceof OffsetDateTime time) {
              value = time.toInstant();
            }
            row.append(column).append('=').append(value).append(' ');
          }
        }
        out.add(row.toString());
      }
      out.sort(null);
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static void execute(DataSource db, String... sql) {
    try (Connection connection = db.getConnection();
        Statement statement = connection.createStatement()) {
      for (String s : sql) {
        statement.execute(s);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
