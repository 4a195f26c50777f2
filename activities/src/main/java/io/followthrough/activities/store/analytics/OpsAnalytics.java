package io.followthrough.activities.store.analytics;

import io.followthrough.activities.store.Dialect;
import io.followthrough.activities.store.StoreException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Leader questions answered in SQL over the projections: where outcomes fall out, how long each
 * next step takes, where escalations happen. The same statements run on PostgreSQL and on H2 (both
 * evaluate {@code percentile_cont … WITHIN GROUP} in the database).
 */
public final class OpsAnalytics {

  // stage_visit carries its outcome's type, owner, site, start time and status (migration V11): the
  // questions about stages read it alone, through its covering and range indexes.
  private static final String VISITS = " FROM stage_visit v";

  private final DataSource dataSource;
  private final Clock clock;

  /** Sort memory PostgreSQL gets for one analytics query: the percentiles sort whole ranges. */
  static final String POSTGRES_WORK_MEM = "32MB";

  private final boolean postgres;

  public OpsAnalytics(DataSource dataSource, Clock clock) {
    this(dataSource, clock, null);
  }

  /**
   * @param dialect the store's dialect; on PostgreSQL each query runs in a read-only transaction
   *     with {@value #POSTGRES_WORK_MEM} of sort memory, so the percentile sorts stay in memory
   */
  public OpsAnalytics(DataSource dataSource, Clock clock, Dialect dialect) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.postgres = dialect == Dialect.POSTGRESQL;
  }

  /**
   * Outcomes that reached each stage, per outcome type, stages in their usual order (by average
   * visit number). Whole UTC days of outcome start come from the {@code funnel_day} rollup
   * (migration V12), the partial days at the edges of a date filter from {@code stage_visit}: the
   * same counts as over {@code stage_visit} alone.
   */
  public List<FunnelStep> funnel(AnalyticsFilter filter) {
    Instant from = filter.from();
    Instant to = filter.to();
    LocalDate fromDay = from == null ? null : ceilDay(from);
    LocalDate toDay = to == null ? null : LocalDate.ofInstant(to, ZoneOffset.UTC);
    // The rollup keeps no owner / no site as '': a filter on '' must match nothing, as on the
    // stays.
    boolean rollup =
        !"".equals(filter.owner())
            && !"".equals(filter.site())
            && (fromDay == null || toDay == null || fromDay.isBefore(toDay));
    FilterSql q =
        new FilterSql()
            .append("SELECT u.outcome_type, u.stage, SUM(u.n), SUM(u.vs), SUM(u.vc) FROM (");
    if (!rollup) {
      funnelStays(q, filter, from, to);
    } else {
      q.append(
              "SELECT f.outcome_type, f.stage, f.outcomes AS n, f.visit_no_sum AS vs, f.visits AS vc"
                  + " FROM funnel_day f WHERE 1 = 1")
          .whereDays(filter, "f", fromDay, toDay);
      if (from != null && from.isBefore(dayStart(fromDay))) {
        q.append(" UNION ALL ");
        funnelStays(q, filter, from, dayStart(fromDay));
      }
      if (to != null && dayStart(toDay).isBefore(to)) {
        q.append(" UNION ALL ");
        funnelStays(q, filter, dayStart(toDay), to);
      }
    }
    q.append(
        ") u GROUP BY u.outcome_type, u.stage HAVING SUM(u.vc) > 0 ORDER BY u.outcome_type,"
            + " CAST(SUM(u.vs) AS DOUBLE PRECISION) / CAST(SUM(u.vc) AS DOUBLE PRECISION), u.stage");
    return query(q, rows -> new FunnelStep(rows.getString(1), rows.getString(2), rows.getLong(3)));
  }

  /** Funnel figures of the stays of outcomes started in {@code [from, to)}, per type and stage. */
  private static void funnelStays(FilterSql q, AnalyticsFilter filter, Instant from, Instant to) {
    q.append(
            "SELECT v.outcome_type, v.stage, COUNT(DISTINCT v.workflow_id) AS n,"
                + " SUM(v.visit_no) AS vs, COUNT(*) AS vc"
                + VISITS
                + " WHERE 1 = 1")
        .where(filter, "v", from, to)
        .append(" GROUP BY v.outcome_type, v.stage");
  }

  /** The first UTC day that starts at or after {@code t}. */
  private static LocalDate ceilDay(Instant t) {
    LocalDate day = LocalDate.ofInstant(t, ZoneOffset.UTC);
    return dayStart(day).isBefore(t) ? day.plusDays(1) : day;
  }

  private static Instant dayStart(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /**
   * Of the outcomes that reached {@code fromStage}, how many went on to {@code toStage} (a visit of
   * it after their first visit of {@code fromStage}), closed without it, or are still on the way.
   * One pass over the two stages' visits.
   */
  public FallOut fallOut(AnalyticsFilter filter, String fromStage, String toStage) {
    FilterSql q =
        new FilterSql()
            .append(
                "SELECT COUNT(*), COALESCE(SUM(CASE WHEN t > f THEN 1 ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN (t IS NULL OR t <= f) AND status <> 'open'"
                    + " THEN 1 ELSE 0 END), 0)"
                    + " FROM (SELECT v.workflow_id, v.status,"
                    + " MIN(CASE WHEN v.stage = ? THEN v.visit_no END) AS f,"
                    + " MAX(CASE WHEN v.stage = ? THEN v.visit_no END) AS t"
                    + VISITS
                    + " WHERE v.stage IN (?, ?)",
                fromStage,
                toStage,
                fromStage,
                toStage)
            .where(filter, "v")
            .append(" GROUP BY v.workflow_id, v.status) a WHERE f IS NOT NULL");
    List<long[]> row =
        query(q, rows -> new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)});
    long[] r = row.get(0);
    return new FallOut(fromStage, toStage, r[0], r[1], r[2], r[0] - r[1] - r[2]);
  }

  /**
   * p50 and p90 of the time from entering each stage to the next step, over the finished stays of
   * {@code stage_duration} (migration V12: the same rows as {@code stage_visit} with a duration).
   * Unless the filter names an owner (or spans less than a whole UTC day), the per-bucket counts of
   * {@code stage_duration_day} (migration V13, edge days counted from {@code stage_duration}) say
   * which bucket holds each row {@code percentile_cont} interpolates between; only those rows are
   * then read, and the database interpolates them as over all rows: the same answers.
   */
  public List<StageLatency> timeToNextStep(AnalyticsFilter filter) {
    Instant from = filter.from();
    Instant to = filter.to();
    LocalDate fromDay = from == null ? null : ceilDay(from);
    LocalDate toDay = to == null ? null : LocalDate.ofInstant(to, ZoneOffset.UTC);
    boolean rollup =
        filter.owner() == null
            && !"".equals(filter.site())
            && (fromDay == null || toDay == null || fromDay.isBefore(toDay));
    if (!rollup) {
      return timeToNextStepOverStays(filter);
    }
    FilterSql counts =
        new FilterSql()
            .append(
                "SELECT u.outcome_type, u.stage, u.bucket, b.lo, b.hi, SUM(u.n) FROM ("
                    + "SELECT c.outcome_type, c.stage, c.bucket, c.stays AS n"
                    + " FROM stage_duration_day c WHERE 1 = 1")
            .whereDays(filter, "c", fromDay, toDay);
    if (from != null && from.isBefore(dayStart(fromDay))) {
      counts.append(" UNION ALL ");
      bucketsOverStays(counts, filter, from, dayStart(fromDay));
    }
    if (to != null && dayStart(toDay).isBefore(to)) {
      counts.append(" UNION ALL ");
      bucketsOverStays(counts, filter, dayStart(toDay), to);
    }
    counts.append(
        ") u JOIN duration_bucket b ON b.bucket = u.bucket"
            + " GROUP BY u.outcome_type, u.stage, u.bucket, b.lo, b.hi HAVING SUM(u.n) > 0"
            + " ORDER BY u.outcome_type, u.stage, u.bucket");
    // Counts and rank reads see one snapshot, so concurrent writes cannot shift the ranks.
    return inSnapshot(connection -> ranked(connection, filter, counts));
  }

  private List<StageLatency> ranked(Connection connection, AnalyticsFilter filter, FilterSql counts)
      throws SQLException {
    List<String[]> keys = new ArrayList<>();
    List<List<long[]>> buckets = new ArrayList<>();
    read(
        connection,
        counts,
        rows -> {
          String type = rows.getString(1);
          String stage = rows.getString(2);
          String[] last = keys.isEmpty() ? null : keys.get(keys.size() - 1);
          if (last == null || !last[0].equals(type) || !last[1].equals(stage)) {
            keys.add(new String[] {type, stage});
            buckets.add(new ArrayList<>());
          }
          buckets
              .get(buckets.size() - 1)
              .add(new long[] {rows.getLong(4), rows.getLong(5), rows.getLong(6)});
          return null;
        });
    if (keys.isEmpty()) {
      return List.of();
    }
    // One statement: per stage and percentile, percentile_cont over the one or two rows it
    // interpolates between, read by rank from the buckets that hold them.
    FilterSql ranks = new FilterSql();
    long[] totals = new long[keys.size()];
    for (int i = 0; i < keys.size(); i++) {
      List<long[]> stage = buckets.get(i);
      long n = 0;
      for (long[] b : stage) {
        n += b[2];
      }
      totals[i] = n;
      for (int j = 0; j < PERCENTILES.length; j++) {
        if (i > 0 || j > 0) {
          ranks.append(" UNION ALL ");
        }
        rankQuery(ranks, filter, keys.get(i), stage, n, j, 2 * i + j);
      }
    }
    double[] values = new double[2 * keys.size()];
    read(
        connection,
        ranks,
        rows -> {
          values[rows.getInt(1)] = rows.getDouble(2);
          return null;
        });
    List<StageLatency> out = new ArrayList<>(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      out.add(
          new StageLatency(
              keys.get(i)[0], keys.get(i)[1], totals[i], values[2 * i], values[2 * i + 1]));
    }
    return out;
  }

  private static final String[] PERCENTILES = {"0.5", "0.9"};

  /**
   * Appends {@code SELECT id, percentile_cont(q) …} over the rows of one stage that {@code
   * percentile_cont(p)} over all {@code n} would interpolate between. The row positions and the
   * fraction {@code q} are computed as each database does it (PostgreSQL in {@code double}, H2 in
   * {@code BigDecimal}); over those two rows, {@code percentile_cont(q)} is then the same
   * interpolation.
   */
  private void rankQuery(
      FilterSql q,
      AnalyticsFilter filter,
      String[] key,
      List<long[]> stage,
      long n,
      int percentile,
      int id) {
    long first;
    long second;
    Object fraction;
    if (postgres) {
      double p = Double.parseDouble(PERCENTILES[percentile]);
      double position = p * (n - 1);
      first = (long) Math.floor(position);
      second = (long) Math.ceil(position);
      fraction = position - first;
    } else {
      BigDecimal position =
          new BigDecimal(PERCENTILES[percentile]).multiply(BigDecimal.valueOf(n - 1));
      first = position.longValue();
      BigDecimal rest = position.subtract(BigDecimal.valueOf(first));
      second = rest.signum() == 0 ? first : first + 1;
      fraction = rest;
    }
    // The buckets holding the two rows, and the first row's rank within its bucket.
    long before = 0;
    long lo = 0;
    long hi = 0;
    long offset = 0;
    boolean found = false;
    for (long[] b : stage) {
      if (!found && first < before + b[2]) {
        lo = b[0];
        offset = first - before;
        found = true;
      }
      if (found && second < before + b[2]) {
        hi = b[1];
        break;
      }
      before += b[2];
    }
    q.append(
            "SELECT "
                + id
                + ", percentile_cont(?) WITHIN GROUP (ORDER BY x.duration_ms) FROM ("
                + "SELECT d.duration_ms FROM stage_duration d WHERE d.outcome_type = ?"
                + " AND d.stage = ? AND d.duration_ms >= ? AND d.duration_ms <= ?",
            fraction,
            key[0],
            key[1],
            lo,
            hi)
        .where(filter.withOutcomeType(null), "d")
        .append(
            " ORDER BY d.duration_ms OFFSET ? ROWS FETCH FIRST ? ROWS ONLY) x",
            offset,
            (int) (second - first + 1));
  }

  /** Finished stays of outcomes started in {@code [from, to)} per type, stage and bucket. */
  private static void bucketsOverStays(
      FilterSql q, AnalyticsFilter filter, Instant from, Instant to) {
    q.append(
            "SELECT e.outcome_type, e.stage, e.bucket, COUNT(*) AS n FROM (SELECT d.outcome_type,"
                + " d.stage, (SELECT k.bucket FROM duration_bucket k WHERE k.lo <= d.duration_ms"
                + " ORDER BY k.lo DESC FETCH FIRST 1 ROWS ONLY) AS bucket FROM stage_duration d"
                + " WHERE 1 = 1")
        .where(filter, "d", from, to)
        .append(") e GROUP BY e.outcome_type, e.stage, e.bucket");
  }

  /** Time to next step as {@code percentile_cont} over every matching finished stay. */
  private List<StageLatency> timeToNextStepOverStays(AnalyticsFilter filter) {
    FilterSql q =
        new FilterSql()
            .append(
                "SELECT v.outcome_type, v.stage, COUNT(*),"
                    + " percentile_cont(0.5) WITHIN GROUP (ORDER BY v.duration_ms),"
                    + " percentile_cont(0.9) WITHIN GROUP (ORDER BY v.duration_ms)"
                    + " FROM stage_duration v WHERE 1 = 1")
            .where(filter, "v")
            .append(" GROUP BY v.outcome_type, v.stage ORDER BY v.outcome_type, v.stage");
    return query(
        q,
        rows ->
            new StageLatency(
                rows.getString(1),
                rows.getString(2),
                rows.getLong(3),
                rows.getDouble(4),
                rows.getDouble(5)));
  }

  /** Escalations by reason and rung, most frequent first. */
  public List<EscalationCount> escalations(AnalyticsFilter filter) {
    FilterSql q =
        new FilterSql()
            .append(
                "SELECT COALESCE(e.reason_code, 'unspecified') AS reason, e.rung, COUNT(*) AS n"
                    + " FROM ledger_event e"
                    + (FilterSql.needsOutcome(filter)
                        ? " JOIN outcome o ON o.workflow_id = e.workflow_id"
                        : "")
                    + " WHERE e.event_type = 'escalated'")
            .where(filter, FilterSql.needsOutcome(filter) ? "o" : "e")
            .append(
                " GROUP BY COALESCE(e.reason_code, 'unspecified'), e.rung ORDER BY n DESC, reason, e.rung");
    return query(
        q, rows -> new EscalationCount(rows.getString(1), rows.getInt(2), rows.getLong(3)));
  }

  /** Outcome totals by status. */
  public CompletionRate completion(AnalyticsFilter filter) {
    FilterSql q =
        new FilterSql()
            .append(
                "SELECT COUNT(*),"
                    + " COALESCE(SUM(CASE WHEN o.status = 'completed' THEN 1 ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN o.status = 'failed' THEN 1 ELSE 0 END), 0)"
                    + " FROM outcome o WHERE 1 = 1")
            .where(filter);
    long[] r =
        query(q, rows -> new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)}).get(0);
    return new CompletionRate(r[0], r[1], r[2], r[0] - r[1] - r[2]);
  }

  /** Open outcomes by age now: {@code <1h, 1h-24h, 1d-7d, >7d}, every bucket listed. */
  public List<AgeBucket> openByAge(AnalyticsFilter filter) {
    Instant now = clock.instant();
    FilterSql q =
        new FilterSql()
            .append(
                "SELECT bucket, COUNT(*) FROM (SELECT CASE WHEN o.started_at > ? THEN 0"
                    + " WHEN o.started_at > ? THEN 1 WHEN o.started_at > ? THEN 2 ELSE 3 END AS bucket"
                    + " FROM outcome o WHERE o.status = 'open'",
                now.minus(Duration.ofHours(1)),
                now.minus(Duration.ofDays(1)),
                now.minus(Duration.ofDays(7)))
            .where(filter)
            .append(") b GROUP BY bucket");
    long[] counts = new long[4];
    query(q, rows -> counts[rows.getInt(1)] = rows.getLong(2));
    String[] labels = {"<1h", "1h-24h", "1d-7d", ">7d"};
    List<AgeBucket> buckets = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      buckets.add(new AgeBucket(labels[i], counts[i]));
    }
    return buckets;
  }

  private static <T> List<T> read(Connection connection, FilterSql q, RowMapper<T> mapper)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(q.sql())) {
      q.bind(statement);
      try (ResultSet rows = statement.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rows.next()) {
          out.add(mapper.map(rows));
        }
        return out;
      }
    }
  }

  @FunctionalInterface
  private interface RowMapper<T> {
    T map(ResultSet rows) throws SQLException;
  }

  @FunctionalInterface
  private interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs {@code work} in one read-only REPEATABLE READ transaction (one snapshot). */
  private <T> T inSnapshot(SqlWork<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      int isolation = connection.getTransactionIsolation();
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        if (postgres) {
          try (Statement set = connection.createStatement()) {
            set.execute("SET LOCAL work_mem = '" + POSTGRES_WORK_MEM + "'");
          }
        }
        T out = work.run(connection);
        connection.commit();
        return out;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setTransactionIsolation(isolation);
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new StoreException("analytics query failed (SQLState " + e.getSQLState() + ")", e);
    }
  }

  private <T> List<T> query(FilterSql q, RowMapper<T> mapper) {
    try (Connection connection = dataSource.getConnection()) {
      if (!postgres) {
        return read(connection, q, mapper);
      }
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        try (Statement set = connection.createStatement()) {
          set.execute("SET LOCAL work_mem = '" + POSTGRES_WORK_MEM + "'");
        }
        List<T> out = read(connection, q, mapper);
        connection.commit();
        return out;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new StoreException("analytics query failed (SQLState " + e.getSQLState() + ")", e);
    }
  }
}
