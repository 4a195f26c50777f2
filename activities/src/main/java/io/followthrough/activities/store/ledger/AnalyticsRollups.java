package io.followthrough.activities.store.ledger;

import io.followthrough.activities.store.SqlTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Keeps the analytics rollups of migration V12 ({@code funnel_day}, {@code stage_duration}) in step
 * with {@code stage_visit}: an outcome's stays as stored before its re-projection are compared with
 * the new ones, and only the difference is written, in the same transaction. Replays and events
 * that change no stay write nothing here.
 */
final class AnalyticsRollups {

  /** {@code funnel_day} stores no owner / no site as the empty string (codes are never empty). */
  static final String NONE = "";

  private AnalyticsRollups() {}

  /** One stay with the outcome columns the rollups are keyed or filtered on. */
  record Stay(
      int visitNo,
      String outcomeType,
      String stage,
      Instant startedAt,
      String owner,
      String site,
      Long durationMs) {}

  /** The outcome's stays as {@code stage_visit} holds them now. */
  static List<Stay> stored(Connection connection, String workflowId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT visit_no, outcome_type, stage, started_at, owner, site, duration_ms"
                + " FROM stage_visit WHERE workflow_id = ?")) {
      select.setString(1, workflowId);
      try (ResultSet rows = select.executeQuery()) {
        List<Stay> out = new ArrayList<>();
        while (rows.next()) {
          int visitNo = rows.getInt(1);
          String outcomeType = rows.getString(2);
          String stage = rows.getString(3);
          Instant startedAt = SqlTime.get(rows, "started_at");
          String owner = rows.getString(5);
          String site = rows.getString(6);
          long duration = rows.getLong(7);
          Long durationMs = rows.wasNull() ? null : duration;
          out.add(new Stay(visitNo, outcomeType, stage, startedAt, owner, site, durationMs));
        }
        return out;
      }
    }
  }

  /** The stays a projection writes. */
  static List<Stay> projected(OutcomeState o, List<StageVisit> visits) {
    List<Stay> out = new ArrayList<>(visits.size());
    for (StageVisit v : visits) {
      out.add(
          new Stay(
              v.visitNo(),
              o.outcomeType(),
              v.stage(),
              o.startedAt(),
              o.owner(),
              o.site(),
              v.durationMs()));
    }
    return out;
  }

  /** Writes the rollup difference between an outcome's old and new stays. */
  static void apply(Connection connection, String workflowId, List<Stay> before, List<Stay> after)
      throws SQLException {
    applyFunnel(connection, funnelDelta(before, after));
    applyDurations(connection, workflowId, before, after);
    applyBuckets(connection, bucketDelta(before, after));
  }

  // ---- funnel_day

  record DayKey(LocalDate day, String outcomeType, String stage, String owner, String site) {}

  private static final Comparator<DayKey> KEY_ORDER =
      Comparator.comparing(DayKey::day)
          .thenComparing(DayKey::outcomeType)
          .thenComparing(DayKey::stage)
          .thenComparing(DayKey::owner)
          .thenComparing(DayKey::site);

  /** Per key: outcomes, visits, visit number sum. */
  private static Map<DayKey, long[]> contributions(List<Stay> stays) {
    Map<DayKey, long[]> out = new HashMap<>();
    for (Stay s : stays) {
      DayKey key =
          new DayKey(
              LocalDate.ofInstant(stored(s.startedAt()), ZoneOffset.UTC),
              s.outcomeType(),
              s.stage(),
              s.owner() == null ? NONE : s.owner(),
              s.site() == null ? NONE : s.site());
      long[] c = out.computeIfAbsent(key, k -> new long[3]);
      c[0] = 1; // one outcome per key: day, type, owner and site are the outcome's
      c[1]++;
      c[2] += s.visitNo();
    }
    return out;
  }

  static Map<DayKey, long[]> funnelDelta(List<Stay> before, List<Stay> after) {
    Map<DayKey, long[]> delta = new TreeMap<>(KEY_ORDER);
    contributions(after).forEach((k, c) -> delta.put(k, c.clone()));
    contributions(before)
        .forEach(
            (k, c) -> {
              long[] d = delta.computeIfAbsent(k, x -> new long[3]);
              for (int i = 0; i < 3; i++) {
                d[i] -= c[i];
              }
            });
    delta.values().removeIf(d -> d[0] == 0 && d[1] == 0 && d[2] == 0);
    return delta;
  }

  private static final String KEY_WHERE =
      " WHERE started_day = ? AND outcome_type = ? AND stage = ? AND owner = ? AND site = ?";

  // Keys in sorted order: two transactions touching the same rows lock them in the same order.
  private static void applyFunnel(Connection connection, Map<DayKey, long[]> delta)
      throws SQLException {
    if (delta.isEmpty()) {
      return;
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE funnel_day SET outcomes = outcomes + ?, visits = visits + ?,"
                + " visit_no_sum = visit_no_sum + ?"
                + KEY_WHERE)) {
      for (Map.Entry<DayKey, long[]> e : delta.entrySet()) {
        bindDelta(update, e.getValue());
        bindKey(update, 4, e.getKey());
        if (update.executeUpdate() == 0) {
          insertZero(connection, e.getKey());
          if (update.executeUpdate() != 1) {
            throw new SQLException("funnel_day row missing after insert", "XX000");
          }
        }
        if (e.getValue()[1] < 0) {
          try (PreparedStatement delete =
              connection.prepareStatement(
                  "DELETE FROM funnel_day" + KEY_WHERE + " AND visits = 0")) {
            bindKey(delete, 1, e.getKey());
            delete.executeUpdate();
          }
        }
      }
    }
  }

  private static void insertZero(Connection connection, DayKey key) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO funnel_day (started_day, outcome_type, stage, owner, site, outcomes,"
                + " visits, visit_no_sum) VALUES (?, ?, ?, ?, ?, 0, 0, 0) ON CONFLICT DO NOTHING")) {
      bindKey(insert, 1, key);
      insert.executeUpdate();
    }
  }

  private static void bindDelta(PreparedStatement statement, long[] d) throws SQLException {
    statement.setLong(1, d[0]);
    statement.setLong(2, d[1]);
    statement.setLong(3, d[2]);
  }

  private static void bindKey(PreparedStatement statement, int first, DayKey key)
      throws SQLException {
    statement.setObject(first, key.day());
    statement.setString(first + 1, key.outcomeType());
    statement.setString(first + 2, key.stage());
    statement.setString(first + 3, key.owner());
    statement.setString(first + 4, key.site());
  }

  /** The instant as the databases store it: rounded to the microsecond. */
  static Instant stored(Instant t) {
    return t.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
  }

  private static boolean same(Stay a, Stay b) {
    return b != null
        && a.visitNo() == b.visitNo()
        && a.outcomeType().equals(b.outcomeType())
        && a.stage().equals(b.stage())
        && stored(a.startedAt()).equals(stored(b.startedAt()))
        && Objects.equals(a.owner(), b.owner())
        && Objects.equals(a.site(), b.site())
        && Objects.equals(a.durationMs(), b.durationMs());
  }

  // ---- stage_duration

  private static Map<Integer, Stay> finished(List<Stay> stays) {
    Map<Integer, Stay> out = new HashMap<>();
    for (Stay s : stays) {
      if (s.durationMs() != null) {
        out.put(s.visitNo(), s);
      }
    }
    return out;
  }

  private static void applyDurations(
      Connection connection, String workflowId, List<Stay> before, List<Stay> after)
      throws SQLException {
    Map<Integer, Stay> old = finished(before);
    Map<Integer, Stay> now = finished(after);
    List<Integer> gone = new ArrayList<>();
    old.forEach(
        (visitNo, stay) -> {
          if (!same(stay, now.get(visitNo))) {
            gone.add(visitNo);
          }
        });
    List<Stay> added = new ArrayList<>();
    now.forEach(
        (visitNo, stay) -> {
          if (!same(stay, old.get(visitNo))) {
            added.add(stay);
          }
        });
    if (!gone.isEmpty()) {
      gone.sort(null);
      try (PreparedStatement delete =
          connection.prepareStatement(
              "DELETE FROM stage_duration WHERE workflow_id = ? AND visit_no = ?")) {
        for (int visitNo : gone) {
          delete.setString(1, workflowId);
          delete.setInt(2, visitNo);
          delete.addBatch();
        }
        delete.executeBatch();
      }
    }
    if (!added.isEmpty()) {
      added.sort(Comparator.comparingInt(Stay::visitNo));
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO stage_duration (workflow_id, visit_no, outcome_type, stage, started_at,"
                  + " owner, site, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (Stay s : added) {
          insert.setString(1, workflowId);
          insert.setInt(2, s.visitNo());
          insert.setString(3, s.outcomeType());
          insert.setString(4, s.stage());
          SqlTime.set(insert, 5, s.startedAt());
          insert.setString(6, s.owner());
          insert.setString(7, s.site());
          insert.setLong(8, s.durationMs());
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
  }

  // ---- stage_duration_day (migration V13)

  /**
   * The log-scale bucket of a duration, as listed in {@code duration_bucket}: {@code d} itself
   * below 4 ms, then two buckets per doubling ({@code 2e + m}, {@code e = floor(log2 d)}, {@code m}
   * the bit below the top one), -1 for negative durations.
   */
  public static int bucket(long durationMs) {
    if (durationMs < 0) {
      return -1;
    }
    if (durationMs < 4) {
      return (int) durationMs;
    }
    int e = 63 - Long.numberOfLeadingZeros(durationMs);
    return 2 * e + (int) ((durationMs >>> (e - 1)) & 1);
  }

  record BucketKey(LocalDate day, String outcomeType, String stage, String site, int bucket) {}

  private static final Comparator<BucketKey> BUCKET_ORDER =
      Comparator.comparing(BucketKey::day)
          .thenComparing(BucketKey::outcomeType)
          .thenComparing(BucketKey::stage)
          .thenComparing(BucketKey::site)
          .thenComparingInt(BucketKey::bucket);

  static Map<BucketKey, Long> bucketDelta(List<Stay> before, List<Stay> after) {
    Map<BucketKey, Long> delta = new TreeMap<>(BUCKET_ORDER);
    for (Stay s : after) {
      if (s.durationMs() != null) {
        delta.merge(bucketKey(s), 1L, Long::sum);
      }
    }
    for (Stay s : before) {
      if (s.durationMs() != null) {
        delta.merge(bucketKey(s), -1L, Long::sum);
      }
    }
    delta.values().removeIf(d -> d == 0);
    return delta;
  }

  private static BucketKey bucketKey(Stay s) {
    return new BucketKey(
        LocalDate.ofInstant(stored(s.startedAt()), ZoneOffset.UTC),
        s.outcomeType(),
        s.stage(),
        s.site() == null ? NONE : s.site(),
        bucket(s.durationMs()));
  }

  private static final String BUCKET_WHERE =
      " WHERE started_day = ? AND outcome_type = ? AND stage = ? AND site = ? AND bucket = ?";

  // Keys in sorted order, as for funnel_day; a row whose count drops to zero is deleted.
  private static void applyBuckets(Connection connection, Map<BucketKey, Long> delta)
      throws SQLException {
    if (delta.isEmpty()) {
      return;
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE stage_duration_day SET stays = stays + ?" + BUCKET_WHERE)) {
      for (Map.Entry<BucketKey, Long> e : delta.entrySet()) {
        update.setLong(1, e.getValue());
        bindBucketKey(update, 2, e.getKey());
        if (update.executeUpdate() == 0) {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO stage_duration_day (started_day, outcome_type, stage, site, bucket,"
                      + " stays) VALUES (?, ?, ?, ?, ?, 0) ON CONFLICT DO NOTHING")) {
            bindBucketKey(insert, 1, e.getKey());
            insert.executeUpdate();
          }
          if (update.executeUpdate() != 1) {
            throw new SQLException("stage_duration_day row missing after insert", "XX000");
          }
        }
        if (e.getValue() < 0) {
          try (PreparedStatement delete =
              connection.prepareStatement(
                  "DELETE FROM stage_duration_day" + BUCKET_WHERE + " AND stays = 0")) {
            bindBucketKey(delete, 1, e.getKey());
            delete.executeUpdate();
          }
        }
      }
    }
  }

  private static void bindBucketKey(PreparedStatement statement, int first, BucketKey key)
      throws SQLException {
    statement.setObject(first, key.day());
    statement.setString(first + 1, key.outcomeType());
    statement.setString(first + 2, key.stage());
    statement.setString(first + 3, key.site());
    statement.setInt(first + 4, key.bucket());
  }
}
