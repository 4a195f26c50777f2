package io.followthrough.activities.store.access;

/** Who acts. Staff hold one of the first four; {@link #SYSTEM} marks automated access in audits. */
public enum Role {
  COORDINATOR("coordinator"),
  SUPERVISOR("supervisor"),
  ADMIN("admin"),
  AUDITOR("auditor"),
  /** Workers and activities touching PHI on their own; holds no console or API permission. */
  SYSTEM("system");

  private final String code;

  Role(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The role with this code; a clear error for an unknown one. */
  public static Role fromCode(String code) {
    for (Role role : values()) {
      if (role.code.equals(code)) {
        return role;
      }
    }
    throw new IllegalArgumentException(
        "unknown role (expected coordinator, supervisor, admin, auditor or system)");
  }
}
