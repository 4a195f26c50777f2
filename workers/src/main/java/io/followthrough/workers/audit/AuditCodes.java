package io.followthrough.workers.audit;

/**
 * Makes ids from outside (worker identities, workflow ids) fit the audit log's code alphabet {@code
 * [A-Za-z0-9_.:/#=+@-]}: other characters become {@code -}, and too long values keep a prefix and a
 * hash, so an audit row is never refused because of a name's shape.
 */
final class AuditCodes {

  private AuditCodes() {}

  static String code(String value, int max) {
    StringBuilder out = new StringBuilder();
    String text = value == null || value.isEmpty() ? "unknown" : value;
    if (!Character.isLetterOrDigit(text.charAt(0)) || text.charAt(0) > 127) {
      out.append('x');
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ascii = c < 128 && (Character.isLetterOrDigit(c) || "_.:/#=+@-".indexOf(c) >= 0);
      out.append(ascii ? c : '-');
    }
    if (out.length() <= max) {
      return out.toString();
    }
    String hash = String.format(java.util.Locale.ROOT, "=%08x", text.hashCode());
    return out.substring(0, max - hash.length()) + hash;
  }
}
