package io.followthrough.activities.documents.eval;

import io.followthrough.activities.ai.validate.DateNormalizer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Puts true and predicted values in one comparable form: case and whitespace folded, punctuation
 * dropped, dates as ISO-8601, phone numbers as their last ten digits, sex as one letter, and lists
 * (or comma-separated predictions of list fields) as sets.
 */
public final class FieldNormalizer {
  private FieldNormalizer() {}

  public static Set<String> normalize(String field, Object value, LocalDate today) {
    Set<String> out = new LinkedHashSet<>();
    if (value == null) {
      return out;
    }
    if (value instanceof Collection<?> list) {
      for (Object v : list) {
        out.addAll(normalize(field, v, today));
      }
      return out;
    }
    String s = String.valueOf(value).strip();
    if (s.isEmpty()) {
      return out;
    }
    if (isListField(field) && s.contains(",")) {
      for (String part : s.split("[,;]")) {
        out.addAll(normalize(field, part, today));
      }
      return out;
    }
    out.add(one(field, s, today));
    return out;
  }

  static boolean isListField(String field) {
    return field.startsWith("icd") || field.endsWith("_codes") || field.endsWith("_list");
  }

  private static String one(String field, String s, LocalDate today) {
    String f = field.toLowerCase(Locale.ROOT);
    String digits = s.replaceAll("\\D", "");
    if (f.contains("phone") || f.contains("fax")) {
      return digits.length() >= 10 ? digits.substring(digits.length() - 10) : digits;
    }
    if (f.equals("sex") || f.equals("gender")) {
      return s.substring(0, 1).toLowerCase(Locale.ROOT);
    }
    if (f.equals("dob") || f.contains("date") || f.equals("deadline")) {
      return DateNormalizer.parse(s, today)
          .map(LocalDate::toString)
          .orElse(s.toLowerCase(Locale.ROOT));
    }
    return s.toLowerCase(Locale.ROOT)
        .replaceAll("[.,;:'\"()]", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
