package io.followthrough.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * One fact about an outcome, emitted by its workflow through {@link LedgerActivities}. Every field
 * is a code, a number or a time: no free text, so no PHI. Build with {@link #newBuilder()}.
 *
 * @param idempotencyKey unique per fact; a replayed or retried record with the same key is a no-op
 * @param workflowId the outcome's workflow id
 * @param runId the Temporal run that emitted the event
 * @param outcomeType e.g. {@code referral}
 * @param type what happened
 * @param sequence per-outcome counter kept by the workflow; orders events with equal times
 * @param stage stage the outcome is in (required for {@link LedgerEventType#STAGE_CHANGED})
 * @param rung escalation rung (0 when not escalated)
 * @param reasonCode why, as a code (e.g. {@code no-reply}, {@code insurance-denied}); may be null
 * @param owner role or staff id that owns the outcome from now on; null leaves it unchanged
 * @param workflowTime {@code Workflow.currentTimeMillis()} when the fact happened
 * @param task the human task (required for human-task events, otherwise null)
 * @param site the site (clinic, practice location) the outcome belongs to, as a code; null when the
 *     workflow did not say (and in events recorded before sites existed)
 */
public record LedgerEvent(
    String idempotencyKey,
    String workflowId,
    String runId,
    String outcomeType,
    LedgerEventType type,
    long sequence,
    String stage,
    int rung,
    String reasonCode,
    String owner,
    Instant workflowTime,
    HumanTaskRef task,
    String site) {

  public LedgerEvent {
    LedgerCodes.requireCode("idempotencyKey", idempotencyKey, 300);
    LedgerCodes.requireCode("workflowId", workflowId, 200);
    LedgerCodes.requireCode("runId", runId, 64);
    LedgerCodes.requireCode("outcomeType", outcomeType, 64);
    Objects.requireNonNull(type, "type is required");
    Objects.requireNonNull(workflowTime, "workflowTime is required");
    if (sequence < 0 || rung < 0) {
      throw new IllegalArgumentException("sequence and rung must not be negative");
    }
    LedgerCodes.optionalCode("stage", stage, 64);
    LedgerCodes.optionalCode("reasonCode", reasonCode, 64);
    LedgerCodes.optionalCode("owner", owner, 64);
    LedgerCodes.optionalCode("site", site, 64);
    if (type == LedgerEventType.STAGE_CHANGED && stage == null) {
      throw new IllegalArgumentException("stage is required for a stage-changed event");
    }
    boolean taskEvent =
        type == LedgerEventType.HUMAN_TASK_OPENED || type == LedgerEventType.HUMAN_TASK_RESOLVED;
    if (taskEvent != (task != null)) {
      throw new IllegalArgumentException("task is required for, and only for, human-task events");
    }
  }

  /** An event without a site (as recorded before sites existed). */
  public LedgerEvent(
      String idempotencyKey,
      String workflowId,
      String runId,
      String outcomeType,
      LedgerEventType type,
      long sequence,
      String stage,
      int rung,
      String reasonCode,
      String owner,
      Instant workflowTime,
      HumanTaskRef task) {
    this(
        idempotencyKey,
        workflowId,
        runId,
        outcomeType,
        type,
        sequence,
        stage,
        rung,
        reasonCode,
        owner,
        workflowTime,
        task,
        null);
  }

  /** The default idempotency key: one fact per workflow run and sequence number. */
  public static String defaultKey(String workflowId, String runId, long sequence) {
    return workflowId + "#" + runId + "#" + sequence;
  }

  public static Builder newBuilder() {
    return new Builder();
  }

  /** Builder; {@code idempotencyKey} defaults to {@link #defaultKey}. */
  public static final class Builder {
    private String idempotencyKey;
    private String workflowId;
    private String runId;
    private String outcomeType;
    private LedgerEventType type;
    private long sequence;
    private String stage;
    private int rung;
    private String reasonCode;
    private String owner;
    private Instant workflowTime;
    private HumanTaskRef task;
    private String site;

    private Builder() {}

    public Builder idempotencyKey(String value) {
      idempotencyKey = value;
      return this;
    }

    /** Sets workflow id, run id and outcome type together: they identify the emitter. */
    public Builder outcome(String workflowId, String runId, String outcomeType) {
      this.workflowId = workflowId;
      this.runId = runId;
      this.outcomeType = outcomeType;
      return this;
    }

    public Builder type(LedgerEventType value) {
      type = value;
      return this;
    }

    public Builder sequence(long value) {
      sequence = value;
      return this;
    }

    public Builder stage(String value) {
      stage = value;
      return this;
    }

    public Builder rung(int value) {
      rung = value;
      return this;
    }

    public Builder reasonCode(String value) {
      reasonCode = value;
      return this;
    }

    public Builder owner(String value) {
      owner = value;
      return this;
    }

    public Builder workflowTime(Instant value) {
      workflowTime = value;
      return this;
    }

    public Builder task(HumanTaskRef value) {
      task = value;
      return this;
    }

    /** The outcome's site code; default null (not said). */
    public Builder site(String value) {
      site = value;
      return this;
    }

    public LedgerEvent build() {
      String key = idempotencyKey;
      if (key == null && workflowId != null && runId != null) {
        key = defaultKey(workflowId, runId, sequence);
      }
      return new LedgerEvent(
          key,
          workflowId,
          runId,
          outcomeType,
          type,
          sequence,
          stage,
          rung,
          reasonCode,
          owner,
          workflowTime,
          task,
          site);
    }
  }
}
