package io.followthrough.activities.ai.validate;

/** Digit recovery for fields that can only hold digits, undoing common OCR confusions. */
public final class Digits {
  private Digits() {}

  /**
   * The digits of {@code raw}, reading O/o/Q/D as 0, l/I/|/i as 1, S as 5, B as 8; other chars
   * dropped.
   */
  public static String ocrDigits(String raw) {
    StringBuilder b = new StringBuilder(raw.length());
    for (char c : raw.toCharArray()) {
      char d =
          switch (c) {
            case 'O', 'o', 'Q', 'D' -> '0';
            case 'l', 'I', '|', 'i', '!' -> '1';
            case 'S', 's' -> '5';
            case 'B' -> '8';
            case 'Z', 'z' -> '2';
            default -> c;
          };
      if (d >= '0' && d <= '9') {
        b.append(d);
      }
    }
    return b.toString();
  }

  /** True when the only characters needing a fix were digit look-alikes (no real letters). */
  public static boolean hadSubstitutions(String raw) {
    return raw.chars().anyMatch(c -> "OoQDlI|i!SsBZz".indexOf(c) >= 0);
  }
}
