package io.followthrough.activities.store.audit;

import io.followthrough.activities.store.access.Role;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One read or write of PHI, before it is chained. All fields are identifiers or codes: the audit
 * log says who touched which record and why, never what the record says.
 *
 * @param actor staff id or {@code system:<component>} for automated access
 * @param role the actor's role
 * @param action code, e.g. {@code read-document}, {@code resolve-task}, {@code extract-fields}
 * @param recordRef reference of the record touched, e.g. {@code document:<hash>}, {@code
 *     outcome:<workflowId>}
 * @param purpose code, e.g. {@code treatment}, {@code operations}, {@code audit}
 */
public record AuditEntry(String actor, Role role, String action, String recordRef, String purpose) {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:/#=+@-]*");

  public AuditEntry {
    requireCode("actor", actor, 200);
    Objects.requireNonNull(role, "role is required");
    requireCode("action", action, 64);
    requireCode("recordRef", recordRef, 300);
    requireCode("purpose", purpose, 64);
  }

  private static void requireCode(String field, String value, int max) {
    if (value == null || value.length() > max || !CODE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " must be a code of 1.." + max + " characters without spaces or free text");
    }
  }
}
