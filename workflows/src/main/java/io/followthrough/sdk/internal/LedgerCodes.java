package io.followthrough.sdk.internal;

/**
 * Turns the SDK's names (stages, rungs, roles, timeline codes) into values the ledger accepts:
 * characters of {@code [A-Za-z0-9_.:/#=+-]}, starting with a letter or digit, within a length. The
 * SDK does not restrict names that much, and an event the ledger refuses must never fail a workflow
 * task, so anything else is replaced deterministically instead of rejected.
 */
final class LedgerCodes {

  private LedgerCodes() {}

  /** {@code value} as a ledger code of at most {@code max} characters; null for null or empty. */
  static String code(String value, int max) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder(value.length() + 1);
    if (!isLetterOrDigit(value.charAt(0))) {
      out.append('x');
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      out.append(isAllowed(c) ? c : '-');
    }
    if (out.length() <= max) {
      return out.toString();
    }
    // Keep a readable prefix and tell long values apart by a stable hash of the original.
    String hash = String.format(java.util.Locale.ROOT, "=%08x", value.hashCode());
    return out.substring(0, max - hash.length()) + hash;
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isAllowed(char c) {
    return isLetterOrDigit(c) || "_.:/#=+-".indexOf(c) >= 0;
  }
}
