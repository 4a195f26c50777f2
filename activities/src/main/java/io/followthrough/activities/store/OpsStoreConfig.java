package io.followthrough.activities.store;

import java.nio.file.Path;

/**
 * Where the ops store lives.
 *
 * @param jdbcUrl {@code jdbc:postgresql://host:5432/db} or {@code jdbc:h2:file:…}
 * @param user database user (may be null for H2)
 * @param password password (may be null; never logged)
 * @param schema schema to create, migrate and use; null for the connection's default
 * @param maxPoolSize connection pool size
 */
public record OpsStoreConfig(
    String jdbcUrl, String user, String password, String schema, int maxPoolSize) {

  public OpsStoreConfig {
    Dialect.fromJdbcUrl(jdbcUrl);
    if (maxPoolSize < 1) {
      throw new IllegalArgumentException("maxPoolSize must be at least 1");
    }
  }

  /** A PostgreSQL (or any supported) URL with the default pool of 8 connections. */
  public static OpsStoreConfig of(String jdbcUrl, String user, String password) {
    return new OpsStoreConfig(jdbcUrl, user, password, null, 8);
  }

  /**
   * The embedded dev store: an H2 file database in PostgreSQL mode under {@code dataDirectory}
   * ({@code <dataDirectory>/opsstore.mv.db}).
   */
  public static OpsStoreConfig embedded(Path dataDirectory) {
    String file = dataDirectory.toAbsolutePath().resolve("opsstore").toString();
    if (file.contains(";")) {
      throw new IllegalArgumentException("the data directory path must not contain ';'");
    }
    return new OpsStoreConfig(
        "jdbc:h2:file:"
            + file
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "sa",
        "",
        null,
        8);
  }

  public OpsStoreConfig withSchema(String value) {
    return new OpsStoreConfig(jdbcUrl, user, password, value, maxPoolSize);
  }

  public OpsStoreConfig withMaxPoolSize(int value) {
    return new OpsStoreConfig(jdbcUrl, user, password, schema, value);
  }

  public Dialect dialect() {
    return Dialect.fromJdbcUrl(jdbcUrl);
  }

  @Override
  public String toString() {
    return "OpsStoreConfig[" + dialect() + ", schema=" + schema + ", pool=" + maxPoolSize + "]";
  }
}
