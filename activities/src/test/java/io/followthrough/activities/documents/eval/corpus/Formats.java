package io.followthrough.activities.documents.eval.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/** The many ways a fax spells dates and phone numbers. */
final class Formats {
  private Formats() {}

  static String phone(String d, Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> "(" + d.substring(0, 3) + ") " + d.substring(3, 6) + "-" + d.substring(6);
      case 1 -> d.substring(0, 3) + "-" + d.substring(3, 6) + "-" + d.substring(6);
      case 2 -> d.substring(0, 3) + "." + d.substring(3, 6) + "." + d.substring(6);
      default -> "1-" + d.substring(0, 3) + "-" + d.substring(3, 6) + "-" + d.substring(6);
    };
  }

  static String date(LocalDate d, Random r) {
    String pattern =
        switch (r.nextInt(5)) {
          case 0 -> "MM/dd/yyyy";
          case 1 -> "M/d/yyyy";
          case 2 -> "MMMM d, yyyy";
          case 3 -> "yyyy-MM-dd";
          default -> "MMM d yyyy";
        };
    return d.format(DateTimeFormatter.ofPattern(pattern, Locale.US));
  }

  /** Pads {@code left} so {@code right} starts in a second column. */
  static String columns(String left, String right) {
    return left + " ".repeat(Math.max(3, 44 - left.length())) + right;
  }
}
