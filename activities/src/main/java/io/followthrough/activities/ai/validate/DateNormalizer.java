package io.followthrough.activities.ai.validate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date spellings seen on US faxes ({@code 03/14/1962}, {@code 3-14-62}, {@code
 * 1962-03-14}, {@code March 14, 1962}, {@code 14 Mar 1962}) to ISO-8601, and checks plausibility.
 * US order (month first) is assumed for numeric dates unless the first number exceeds 12.
 */
public final class DateNormalizer {
  private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
  private static final Pattern NUMERIC =
      Pattern.compile("(\\d{1,2})\\s?[-/.]\\s?(\\d{1,2})\\s?[-/.]\\s?(\\d{4}|\\d{2})");
  private static final Pattern MONTH_FIRST =
      Pattern.compile("([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
  private static final Pattern DAY_FIRST =
      Pattern.compile("(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})");

  private DateNormalizer() {}

  /** The first date found in {@code raw}, as a calendar date, or empty. */
  public static Optional<LocalDate> parse(String raw, LocalDate today) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.trim();
    String digitsFixed =
        s.replaceAll("(?<=\\d)[Oo]|[Oo](?=\\d)", "0").replaceAll("(?<=\\d)[lI|]|[lI|](?=\\d)", "1");
    Matcher m = ISO.matcher(digitsFixed);
    if (m.find()) {
      return of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
    }
    m = NUMERIC.matcher(digitsFixed);
    if (m.find()) {
      int a = num(m.group(1));
      int b = num(m.group(2));
      int year = fullYear(m.group(3), today);
      return a > 12 ? of(year, b, a) : of(year, a, b);
    }
    m = MONTH_FIRST.matcher(digitsFixed);
    if (m.find()) {
      Optional<Month> month = month(m.group(1));
      if (month.isPresent()) {
        return of(num(m.group(3)), month.get().getValue(), num(m.group(2)));
      }
    }
    m = DAY_FIRST.matcher(digitsFixed);
    if (m.find()) {
      Optional<Month> month = month(m.group(2));
      if (month.isPresent()) {
        return of(num(m.group(3)), month.get().getValue(), num(m.group(1)));
      }
    }
    return Optional.empty();
  }

  /** A birth date is plausible when it is in the past and less than 120 years ago. */
  public static boolean plausibleBirthDate(LocalDate dob, LocalDate today) {
    return dob.isBefore(today) && dob.isAfter(today.minusYears(120));
  }

  /** A deadline or service date is plausible within five years either side of today. */
  public static boolean plausibleNearDate(LocalDate date, LocalDate today) {
    return date.isAfter(today.minusYears(5)) && date.isBefore(today.plusYears(5));
  }

  private static int fullYear(String y, LocalDate today) {
    int v = num(y);
    if (y.length() == 4) {
      return v;
    }
    // Two-digit years: the most recent year with those digits that is not in the future.
    int century = today.getYear() / 100 * 100;
    return century + v > today.getYear() ? century - 100 + v : century + v;
  }

  private static Optional<Month> month(String name) {
    String n = name.toUpperCase(Locale.ROOT);
    if (n.length() < 3) {
      return Optional.empty();
    }
    for (Month month : Month.values()) {
      if (month.name().startsWith(n.substring(0, 3))) {
        return Optional.of(month);
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> of(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int num(String s) {
    return Integer.parseInt(s);
  }
}
