package io.followthrough.workers.dev;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of the Temporal visibility query language the dev server answers: comparisons {@code
 * Name = 'value'} or {@code Name != 'value'}, and {@code Name IS NULL} / {@code Name IS NOT NULL},
 * joined by {@code AND}. Values may be single- or double-quoted, or bare (numbers, booleans).
 * Anything else is rejected with a clear message rather than silently ignored.
 */
public record VisibilityQuery(List<Condition> conditions) {

  /**
   * One comparison of an attribute with a literal; a null value compares with "no value" ({@code IS
   * NULL}, or negated {@code IS NOT NULL}).
   */
  public record Condition(String attribute, boolean negated, String value) {}

  private static final Pattern NULL_CHECK =
      Pattern.compile(
          "\\s*`?([A-Za-z_][A-Za-z0-9_]*)`?\\s+(?i:IS)\\s+(?:(?i:(NOT))\\s+)?(?i:NULL)\\b\\s*");

  private static final Pattern CONDITION =
      Pattern.compile(
          "\\s*`?([A-Za-z_][A-Za-z0-9_]*)`?\\s*(!=|=)\\s*"
              + "(?:'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\"|([^\\s'\"()]+))\\s*");
  private static final Pattern AND = Pattern.compile("(?i)\\s*AND\\s+");

  /** Parses a query; a blank query matches everything. */
  public static VisibilityQuery parse(String query) {
    if (query == null || query.isBlank()) {
      return new VisibilityQuery(List.of());
    }
    List<Condition> conditions = new ArrayList<>();
    Matcher matcher = CONDITION.matcher(query);
    Matcher nullCheck = NULL_CHECK.matcher(query);
    int position = 0;
    while (true) {
      nullCheck.region(position, query.length());
      matcher.region(position, query.length());
      if (nullCheck.lookingAt()) {
        conditions.add(new Condition(nullCheck.group(1), nullCheck.group(2) != null, null));
        position = nullCheck.end();
      } else if (matcher.lookingAt()) {
        String value = matcher.group(3) != null ? matcher.group(3) : matcher.group(4);
        if (value == null) {
          value = matcher.group(5);
        } else {
          value = value.replaceAll("\\\\(.)", "$1");
        }
        conditions.add(new Condition(matcher.group(1), "!=".equals(matcher.group(2)), value));
        position = matcher.end();
      } else {
        throw unsupported(query);
      }
      if (position == query.length()) {
        return new VisibilityQuery(List.copyOf(conditions));
      }
      Matcher and = AND.matcher(query).region(position, query.length());
      if (!and.lookingAt()) {
        throw unsupported(query);
      }
      position = and.end();
    }
  }

  private static IllegalArgumentException unsupported(String query) {
    String hint = query.toUpperCase(Locale.ROOT).contains(" OR ") ? " (OR is not supported)" : "";
    return new IllegalArgumentException(
        "the dev server understands only `Name = 'value'`, `Name != 'value'` and `Name IS [NOT]"
            + " NULL` joined by AND"
            + hint);
  }
}
