package io.followthrough.activities.store.access;

/**
 * Who acts. Staff hold one of the four operations roles or {@link #CLINICIAN}; {@link #SYSTEM}
 * marks automated access in audits.
 */
public enum Role {
  COORDINATOR("coordinator"),
  SUPERVISOR("supervisor"),
  ADMIN("admin"),
  AUDITOR("auditor"),
  /** Workers and activities touching PHI on their own; holds no console or API permission. */
  SYSTEM("system"),
  /**
   * A prescriber or other clinician: works the inbox like a coordinator, and is the role of the
   * tasks only a clinician may decide (refill approvals, prior-authorization appeal sign-off).
   */
  CLINICIAN("clinician");

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
        "unknown role (expected coordinator, supervisor, admin, auditor, clinician or system)");
  }
}
