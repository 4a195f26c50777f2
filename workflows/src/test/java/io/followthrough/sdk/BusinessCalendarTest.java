package io.followthrough.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  final BusinessCalendar calendar = BusinessCalendar.standard();

  @Test
  void daytimeContactIsAllowedAtOnce() {
    Instant noon = Instant.parse("2026-03-04T17:00:00Z");
    assertEquals(noon, calendar.nextContactTime(noon, NEW_YORK));
    assertFalse(calendar.isQuiet(noon, NEW_YORK));
  }

  @Test
  void eveningAndEarlyMorningWaitForEightLocal() {
    // 21:30 EST and 06:00 EST both wait for 08:00 EST (13:00Z) on 2026-03-04.
    assertEquals(
        Instant.parse("2026-03-04T13:00:00Z"),
        calendar.nextContactTime(Instant.parse("2026-03-04T02:30:00Z"), NEW_YORK));
    assertEquals(
        Instant.parse("2026-03-04T13:00:00Z"),
        calendar.nextContactTime(Instant.parse("2026-03-04T11:00:00Z"), NEW_YORK));
    assertTrue(calendar.isQuiet(Instant.parse("2026-03-04T02:00:00Z"), NEW_YORK)); // 21:00 EST
    assertFalse(calendar.isQuiet(Instant.parse("2026-03-04T13:00:00Z"), NEW_YORK)); // 08:00 EST
  }

  @Test
  void springForwardNightIsOneHourShorter() {
    // 22:00 EST on Sat 2026-03-07; clocks jump 02:00 -> 03:00; 08:00 EDT is 12:00Z: 9 h later.
    Instant evening = Instant.parse("2026-03-08T03:00:00Z");
    Instant next = calendar.nextContactTime(evening, NEW_YORK);
    assertEquals(Instant.parse("2026-03-08T12:00:00Z"), next);
    assertEquals(Duration.ofHours(9), Duration.between(evening, next));
  }

  @Test
  void fallBackNightIsOneHourLonger() {
    // 22:00 EDT on Sat 2026-10-31; clocks fall back 02:00 -> 01:00; 08:00 EST is 13:00Z: 11 h.
    Instant evening = Instant.parse("2026-11-01T02:00:00Z");
    Instant next = calendar.nextContactTime(evening, NEW_YORK);
    assertEquals(Instant.parse("2026-11-01T13:00:00Z"), next);
    assertEquals(Duration.ofHours(11), Duration.between(evening, next));
  }

  @Test
  void quietHoursEndingInTheSkippedHourEndAtTheFirstValidInstant() {
    BusinessCalendar lateNight = calendar.withQuietHours(LocalTime.of(22, 0), LocalTime.of(2, 30));
    // 23:00 EST on 2026-03-07; 02:30 does not exist on 2026-03-08, so quiet hours end at 03:30 EDT.
    Instant next = lateNight.nextContactTime(Instant.parse("2026-03-08T04:00:00Z"), NEW_YORK);
    assertEquals(Instant.parse("2026-03-08T07:30:00Z"), next);
  }

  @Test
  void sameInstantIsQuietInOneZoneAndNotInAnother() {
    Instant at = Instant.parse("2026-03-04T02:30:00Z");
    assertTrue(calendar.isQuiet(at, NEW_YORK));
    assertEquals(at, calendar.nextContactTime(at, ZoneId.of("Asia/Tokyo")));
  }

  @Test
  void businessTimeSkipsNightsAndWeekends() {
    Instant fridayEvening = Instant.parse("2026-03-06T23:30:00Z"); // Fri 18:30 EST
    assertEquals(
        Instant.parse("2026-03-09T12:00:00Z"), // Mon 08:00 EDT (after spring forward)
        calendar.nextBusinessTime(fridayEvening, NEW_YORK));
    Instant tuesdayMorning = Instant.parse("2026-03-03T15:00:00Z"); // Tue 10:00 EST
    assertEquals(tuesdayMorning, calendar.nextBusinessTime(tuesdayMorning, NEW_YORK));
    assertTrue(calendar.isBusinessTime(tuesdayMorning, NEW_YORK));
  }

  @Test
  void invalidCalendarsAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new BusinessCalendar(
                LocalTime.of(18, 0),
                LocalTime.of(8, 0),
                EnumSet.of(DayOfWeek.MONDAY),
                LocalTime.of(21, 0),
                LocalTime.of(8, 0)));
  }
}
