package io.followthrough.workers.cli;

import io.followthrough.activities.store.OpsStore;
import io.followthrough.activities.store.OpsStoreConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh ops-store schema on the local PostgreSQL (127.0.0.1:5432, database test, user postgres),
 * dropped on close, and a configuration file that points the CLI's store commands at it.
 */
final class PostgresSchema implements AutoCloseable {

  static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

  final String schema =
      "cli_store_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  final OpsStore store = OpsStore.open(OpsStoreConfig.of(URL, "postgres", "").withSchema(schema));

  /** {@code followthrough.store.*} for this schema, as a worker's --config file would hold it. */
  Path configFile(Path folder) throws IOException {
    return Files.writeString(
        folder.resolve("followthrough.yml"),
        "followthrough:\n"
            + "  store:\n"
            + "    url: "
            + URL
            + "\n"
            + "    user: postgres\n"
            + "    schema: "
            + schema
            + "\n");
  }

  @Override
  public void close() throws SQLException {
    store.close();
    try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }
}
