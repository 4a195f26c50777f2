package io.followthrough.activities.store.audit;

import io.followthrough.activities.store.access.Role;

/** Sample audit entries for tests outside this package. */
public final class AuditLogFixtures {
  private AuditLogFixtures() {}

  public static AuditEntry entry() {
    return new AuditEntry(
        "system:worker", Role.SYSTEM, "extract-fields", "document:abc", "operations");
  }
}
