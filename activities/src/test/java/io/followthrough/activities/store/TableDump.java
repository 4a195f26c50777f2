package io.followthrough.activities.store;

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

/** Every row of a table as text, sorted, for comparing stores before and after replays. */
public final class TableDump {

  private static final Set<String> VOLATILE = Set.of("id", "recorded_at");

  private TableDump() {}

  public static List<String> rows(DataSource dataSource, String table) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
      ResultSetMetaData meta = rows.getMetaData();
      List<String> out = new ArrayList<>();
      while (rows.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          String column = meta.getColumnName(i).toLowerCase();
          if (VOLATILE.contains(column)) {
            continue;
          }
          Object value = rows.getObject(i);
          if (value instanceof OffsetDateTime time) {
            value = time.toInstant();
          } else if (value instanceof java.sql.Timestamp time) {
            value = time.toInstant();
          }
          row.append(column).append('=').append(value).append(' ');
        }
        out.add(row.toString());
      }
      out.sort(null);
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static long count(DataSource dataSource, String table) {
    return rows(dataSource, table).size();
  }

  public static void execute(DataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
