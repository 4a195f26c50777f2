package io.followthrough.activities.ai.validate;

/**
 * National Provider Identifier check: ten digits whose last digit is the Luhn check digit computed
 * over the card-issuer prefix {@code 80840} followed by the first nine digits (CMS NPI standard).
 */
public final class NpiValidator {
  private NpiValidator() {}

  /** True when {@code npi} is exactly ten digits with a correct check digit. */
  public static boolean isValid(String npi) {
    if (npi == null || !npi.matches("\\d{10}")) {
      return false;
    }
    // The 80840 prefix contributes a constant 24 to the Luhn sum.
    int sum = 24;
    boolean doubleIt = true;
    for (int i = 8; i >= 0; i--) {
      int d = npi.charAt(i) - '0';
      if (doubleIt) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubleIt = !doubleIt;
    }
    int check = (10 - (sum % 10)) % 10;
    return check == npi.charAt(9) - '0';
  }

  /** The check digit that completes a nine-digit NPI stem (used to make valid test data). */
  public static int checkDigit(String firstNine) {
    for (int d = 0; d <= 9; d++) {
      if (isValid(firstNine + d)) {
        return d;
      }
    }
    throw new IllegalArgumentException("not nine digits");
  }
}
