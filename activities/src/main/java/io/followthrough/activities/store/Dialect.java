package io.followthrough.activities.store;

/** The SQL databases the ops store runs on. Queries are portable; migrations differ only here. */
public enum Dialect {
  /** Production and CI. */
  POSTGRESQL("postgresql"),
  /** Embedded dev store: H2 in PostgreSQL mode, file-based. */
  H2("h2");

  private final String migrationFolder;

  Dialect(String migrationFolder) {
    this.migrationFolder = migrationFolder;
  }

  /** Flyway locations: the shared schema plus this database's guard migrations. */
  String[] migrationLocations() {
    return new String[] {
      "classpath:db/migration/common", "classpath:db/migration/" + migrationFolder
    };
  }

  /** The dialect of a JDBC URL; rejects databases the store does not support. */
  public static Dialect fromJdbcUrl(String jdbcUrl) {
    if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:h2:")) {
      return H2;
    }
    throw new IllegalArgumentException(
        "unsupported ops store URL: expected jdbc:postgresql:… or jdbc:h2:…");
  }
}
