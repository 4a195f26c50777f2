package io.followthrough.ledger;

import java.util.regex.Pattern;

/**
 * Ledger fields are codes, not prose: a restricted alphabet keeps free text (and so PHI) out of the
 * ops store. Validation messages name the field, never echo the rejected value.
 */
final class LedgerCodes {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:/#=+-]*");

  private LedgerCodes() {}

  static String requireCode(String field, String value, int maxLength) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(field + " is required");
    }
    if (value.length() > maxLength || !CODE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field
              + " must be a code of at most "
              + maxLength
              + " characters from [A-Za-z0-9_.:/#=+-] (no spaces or free text)");
    }
    return value;
  }

  static String optionalCode(String field, String value, int maxLength) {
    return value == null ? null : requireCode(field, value, maxLength);
  }
}
