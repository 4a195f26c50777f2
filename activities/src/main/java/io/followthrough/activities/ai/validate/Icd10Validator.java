package io.followthrough.activities.ai.validate;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ICD-10-CM code format: a letter (not U), a digit, a digit (or A, as in C4A), then optionally a
 * dot and one to four alphanumerics (e.g. {@code E11.9}, {@code M54.50}, {@code S72.001A}). Format
 * only: it does not prove the code exists in the current code set.
 */
public final class Icd10Validator {
  private static final Pattern CODE = Pattern.compile("[A-TV-Z][0-9][0-9A](\\.[0-9A-Z]{1,4})?");

  private Icd10Validator() {}

  public static boolean isValid(String code) {
    return code != null && CODE.matcher(code).matches();
  }

  /**
   * Canonical form of a code read from a page: upper case, a dot after the third character, and the
   * OCR confusions O/0 and I/l/1 undone where the position requires a digit.
   */
  public static Optional<String> normalize(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.toUpperCase(Locale.ROOT).replaceAll("[\\s]", "").replace(',', '.');
    s = s.replace(".", "");
    if (s.length() < 3 || s.length() > 7) {
      return Optional.empty();
    }
    StringBuilder b = new StringBuilder();
    b.append(toLetter(s.charAt(0)));
    b.append(toDigit(s.charAt(1)));
    b.append(s.charAt(2) == 'A' ? 'A' : toDigit(s.charAt(2)));
    if (s.length() > 3) {
      b.append('.').append(s.substring(3));
    }
    String code = b.toString();
    return isValid(code) ? Optional.of(code) : Optional.empty();
  }

  private static char toLetter(char c) {
    return switch (c) {
      case '0' -> 'O';
      case '1', '|', 'L' -> c == 'L' ? 'L' : 'I';
      case '5' -> 'S';
      case '8' -> 'B';
      case '2' -> 'Z';
      default -> c;
    };
  }

  private static char toDigit(char c) {
    return switch (c) {
      case 'O', 'Q', 'D' -> '0';
      case 'I', 'L', '|' -> '1';
      case 'S' -> '5';
      case 'B' -> '8';
      case 'Z' -> '2';
      default -> c;
    };
  }
}
