package io.followthrough.sdk;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * Business hours and patient quiet hours, in the local time of a given zone. Pure functions of an
 * {@link Instant} (pass {@link Deadline#now()} from workflow code), so they are deterministic and
 * safe across daylight-saving changes: a local time that does not exist (spring forward) moves to
 * the first valid instant after it; an ambiguous one (fall back) takes the earlier offset.
 *
 * @param businessOpen opening time on business days
 * @param businessClose closing time on business days (after {@code businessOpen})
 * @param businessDays business days of the week
 * @param quietStart start of quiet hours (may be after {@code quietEnd}: wraps midnight)
 * @param quietEnd end of quiet hours; equal to {@code quietStart} means no quiet hours
 */
public record BusinessCalendar(
    LocalTime businessOpen,
    LocalTime businessClose,
    Set<DayOfWeek> businessDays,
    LocalTime quietStart,
    LocalTime quietEnd) {

  public BusinessCalendar {
    if (!businessOpen.isBefore(businessClose)) {
      throw new IllegalArgumentException("business hours must open before they close");
    }
    if (businessDays.isEmpty()) {
      throw new IllegalArgumentException("at least one business day is required");
    }
    businessDays = Set.copyOf(businessDays);
  }

  /** Monday to Friday 08:00–18:00; quiet hours 21:00–08:00. */
  public static BusinessCalendar standard() {
    return new BusinessCalendar(
        LocalTime.of(8, 0),
        LocalTime.of(18, 0),
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
        LocalTime.of(21, 0),
        LocalTime.of(8, 0));
  }

  /** A copy with other quiet hours. */
  public BusinessCalendar withQuietHours(LocalTime start, LocalTime end) {
    return new BusinessCalendar(businessOpen, businessClose, businessDays, start, end);
  }

  /** Whether {@code at} falls in quiet hours in {@code zone}. */
  public boolean isQuiet(Instant at, ZoneId zone) {
    LocalTime t = at.atZone(zone).toLocalTime();
    if (quietStart.equals(quietEnd)) {
      return false;
    }
    if (quietStart.isBefore(quietEnd)) {
      return !t.isBefore(quietStart) && t.isBefore(quietEnd);
    }
    return !t.isBefore(quietStart) || t.isBefore(quietEnd);
  }

  /** The first instant at or after {@code at} outside quiet hours in {@code zone}. */
  public Instant nextContactTime(Instant at, ZoneId zone) {
    if (!isQuiet(at, zone)) {
      return at;
    }
    ZonedDateTime local = at.atZone(zone);
    LocalDate day = local.toLocalDate();
    // Wrapping quiet hours that started this evening end tomorrow morning.
    if (quietStart.isAfter(quietEnd) && !local.toLocalTime().isBefore(quietStart)) {
      day = day.plusDays(1);
    }
    Instant end = ZonedDateTime.of(day, quietEnd, zone).toInstant();
    return end.isBefore(at) ? at : end;
  }

  /** Whether {@code at} falls in business hours in {@code zone}. */
  public boolean isBusinessTime(Instant at, ZoneId zone) {
    ZonedDateTime local = at.atZone(zone);
    LocalTime t = local.toLocalTime();
    return businessDays.contains(local.getDayOfWeek())
        && !t.isBefore(businessOpen)
        && t.isBefore(businessClose);
  }

  /** The first instant at or after {@code at} within business hours in {@code zone}. */
  public Instant nextBusinessTime(Instant at, ZoneId zone) {
    LocalDate day = at.atZone(zone).toLocalDate();
    for (int i = 0; i < 8; i++, day = day.plusDays(1)) {
      if (!businessDays.contains(day.getDayOfWeek())) {
        continue;
      }
      Instant open = ZonedDateTime.of(day, businessOpen, zone).toInstant();
      Instant close = ZonedDateTime.of(day, businessClose, zone).toInstant();
      if (at.isBefore(open)) {
        return open;
      }
      if (at.isBefore(close)) {
        return at;
      }
    }
    throw new IllegalStateException("no business time within a week");
  }
}
