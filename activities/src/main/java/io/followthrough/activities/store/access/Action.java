package io.followthrough.activities.store.access;

/** Something a person may do through the console, API or CLI. */
public enum Action {
  VIEW_INBOX("view-inbox", false),
  VIEW_OUTCOME("view-outcome", false),
  START_OUTCOME("start-outcome", true),
  SIGNAL_OUTCOME("signal-outcome", true),
  CLAIM_TASK("claim-task", true),
  RESOLVE_TASK("resolve-task", true),
  SNOOZE_TASK("snooze-task", true),
  REASSIGN_TASK("reassign-task", true),
  CANCEL_OUTCOME("cancel-outcome", true),
  VIEW_ANALYTICS("view-analytics", false),
  READ_AUDIT_LOG("read-audit-log", false),
  CONFIGURE("configure", true),
  REBUILD_PROJECTIONS("rebuild-projections", true);

  private final String code;
  private final boolean writes;

  Action(String code, boolean writes) {
    this.code = code;
    this.writes = writes;
  }

  public String code() {
    return code;
  }

  /** Whether the action changes outcomes, tasks or settings (and so may write PHI). */
  public boolean writes() {
    return writes;
  }
}
