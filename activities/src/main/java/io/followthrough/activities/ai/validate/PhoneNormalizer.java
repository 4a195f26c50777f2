package io.followthrough.activities.ai.validate;

import java.util.Optional;

/**
 * North American phone and fax numbers to E.164 ({@code +1NXXNXXXXXX}). Accepts the usual
 * punctuation, a leading 1 or +1, and the OCR confusions O→0, l/I→1, S→5, B→8.
 */
public final class PhoneNormalizer {
  private PhoneNormalizer() {}

  public static Optional<String> toE164(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String digits = Digits.ocrDigits(raw);
    if (digits.length() == 11 && digits.charAt(0) == '1') {
      digits = digits.substring(1);
    }
    if (digits.length() != 10) {
      return Optional.empty();
    }
    // NANP: area code and exchange cannot start with 0 or 1.
    if (digits.charAt(0) < '2' || digits.charAt(3) < '2') {
      return Optional.empty();
    }
    return Optional.of("+1" + digits);
  }
}
