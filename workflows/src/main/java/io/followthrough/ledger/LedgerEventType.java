package io.followthrough.ledger;

/** What happened to an outcome. Stored by its {@link #code()} in the ops store. */
public enum LedgerEventType {
  STAGE_CHANGED("stage-changed"),
  ATTEMPT("attempt"),
  ESCALATED("escalated"),
  HUMAN_TASK_OPENED("human-task-opened"),
  HUMAN_TASK_RESOLVED("human-task-resolved"),
  COMPLETED("completed"),
  FAILED("failed");

  private final String code;

  LedgerEventType(String code) {
    this.code = code;
  }

  /** Stable, lower-case code as stored and shown. */
  public String code() {
    return code;
  }

  /** The type with this code; rejects unknown codes. */
  public static LedgerEventType fromCode(String code) {
    for (LedgerEventType type : values()) {
      if (type.code.equals(code)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown ledger event type: " + code);
  }
}
