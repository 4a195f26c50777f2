package io.followthrough.activities.store.analytics;

import io.followthrough.activities.store.SqlTime;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A SQL fragment with its parameters, built up in order. Values are always bound, never inlined.
 */
final class FilterSql {

  private final StringBuilder sql = new StringBuilder();
  private final List<Object> params = new ArrayList<>();

  FilterSql append(String fragment, Object... values) {
    sql.append(fragment);
    params.addAll(List.of(values));
    return this;
  }

  /** Appends {@code AND …} conditions on the outcome alias {@code o} for the filter. */
  FilterSql where(AnalyticsFilter filter) {
    return where(filter, "o");
  }

  /**
   * As {@link #where(AnalyticsFilter)} on another alias whose table has the filtered columns
   * ({@code stage_visit} carries its outcome's type, owner, site and start time).
   */
  FilterSql where(AnalyticsFilter filter, String alias) {
    if (filter.outcomeType() != null) {
      append(" AND " + alias + ".outcome_type = ?", filter.outcomeType());
    }
    if (filter.owner() != null) {
      append(" AND " + alias + ".owner = ?", filter.owner());
    }
    if (filter.site() != null) {
      append(" AND " + alias + ".site = ?", filter.site());
    }
    if (filter.from() != null) {
      append(" AND " + alias + ".started_at >= ?", filter.from());
    }
    if (filter.to() != null) {
      append(" AND " + alias + ".started_at < ?", filter.to());
    }
    return this;
  }

  /**
   * As {@link #where(AnalyticsFilter, String)} with the filter's type, owner and site but the start
   * range {@code [from, to)} given here (null: open).
   */
  FilterSql where(AnalyticsFilter filter, String alias, Instant from, Instant to) {
    return where(
        new AnalyticsFilter(filter.outcomeType(), filter.owner(), from, to, filter.site()), alias);
  }

  /**
   * Appends {@code AND …} conditions on a {@code funnel_day} alias: type, owner, site, and whole
   * UTC days {@code [fromDay, toDay)} (null: open). The rollup stores no owner / no site as {@code
   * ''}.
   */
  FilterSql whereDays(AnalyticsFilter filter, String alias, LocalDate fromDay, LocalDate toDay) {
    if (filter.outcomeType() != null) {
      append(" AND " + alias + ".outcome_type = ?", filter.outcomeType());
    }
    if (filter.owner() != null) {
      append(" AND " + alias + ".owner = ?", filter.owner());
    }
    if (filter.site() != null) {
      append(" AND " + alias + ".site = ?", filter.site());
    }
    if (fromDay != null) {
      append(" AND " + alias + ".started_day >= ?", fromDay);
    }
    if (toDay != null) {
      append(" AND " + alias + ".started_day < ?", toDay);
    }
    return this;
  }

  /**
   * Whether the filter reads outcome columns a {@code ledger_event} row does not hold (owner, start
   * time, and the site: the outcome's is its first event's that named one).
   */
  static boolean needsOutcome(AnalyticsFilter filter) {
    return filter.owner() != null
        || filter.site() != null
        || filter.from() != null
        || filter.to() != null;
  }

  String sql() {
    return sql.toString();
  }

  void bind(PreparedStatement statement) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      Object value = params.get(i);
      if (value instanceof Instant instant) {
        SqlTime.set(statement, i + 1, instant);
      } else {
        statement.setObject(i + 1, value);
      }
    }
  }
}
