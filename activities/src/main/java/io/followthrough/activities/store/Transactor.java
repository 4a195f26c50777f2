package io.followthrough.activities.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs units of work in one JDBC transaction each, retrying the whole unit when the database
 * reports a lost race (serialization failure, deadlock, or a concurrent insert of the same key).
 */
public final class Transactor {

  /** A unit of work on one connection inside a transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private static final int ATTEMPTS = 5;

  private final DataSource dataSource;

  public Transactor(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs {@code work} and commits; rolls back and rethrows as {@link StoreException} on error. */
  public <T> T inTransaction(Work<T> work) {
    SQLException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        try {
          T result = work.run(connection);
          connection.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          connection.rollback();
          throw e;
        }
      } catch (SQLException e) {
        last = e;
        if (!isLostRace(e)) {
          break;
        }
        sleepQuietly(attempt);
      }
    }
    throw new StoreException("ops store operation failed (SQLState " + state(last) + ")", last);
  }

  private static boolean isLostRace(SQLException e) {
    String state = state(e);
    // 40001 serialization failure, 40P01 deadlock (PostgreSQL), 23505 concurrent duplicate insert,
    // HYT00 lock timeout and 90131 concurrent update (H2).
    return "40001".equals(state)
        || "90131".equals(state)
        || "40P01".equals(state)
        || "23505".equals(state)
        || "HYT00".equals(state);
  }

  private static String state(SQLException e) {
    return e == null ? "none" : e.getSQLState();
  }

  private static void sleepQuietly(int attempt) {
    try {
      Thread.sleep(5L * attempt * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
