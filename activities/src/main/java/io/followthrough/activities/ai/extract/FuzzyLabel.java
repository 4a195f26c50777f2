package io.followthrough.activities.ai.extract;

import java.util.regex.Pattern;

/**
 * A label pattern tolerant of what fax OCR does to labels: O/0, l/1/I, S/5 confusions, lost or
 * extra spaces, and a colon read as ; . or lost.
 */
public final class FuzzyLabel {
  private FuzzyLabel() {}

  /** Regex source matching {@code label} followed by its separator (colon and spaces). */
  public static String source(String label) {
    StringBuilder b = new StringBuilder();
    for (char c : label.toCharArray()) {
      b.append(charClass(c));
    }
    b.append("(?![a-z])\\s*[)\\]]?\\s*[:;.]?\\s*");
    return b.toString();
  }

  public static Pattern compile(String label) {
    return Pattern.compile(source(label));
  }

  private static String charClass(char c) {
    char lower = Character.toLowerCase(c);
    return switch (lower) {
      case ' ' -> "[\\s_.,]*";
      case 'o' -> "[oO0]";
      case 'l' -> "[lL1I|]";
      case 'i' -> "[iI1l|]";
      case 's' -> "[sS5]";
      case 'b' -> "[bB8]";
      case '/' -> "\\s*/\\s*";
      case '.' -> "\\.?";
      case '#' -> "[#H]?";
      default ->
          Character.isLetter(c)
              ? "[" + lower + Character.toUpperCase(c) + "]"
              : Pattern.quote(String.valueOf(c));
    };
  }
}
