package io.followthrough.sdk;

import io.temporal.common.SearchAttributeKey;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The custom search attributes every outcome workflow keeps current. None may carry PHI: they are
 * visible in listings, the Web UI and server logs.
 */
public final class OutcomeSearchAttributes {

  /** Outcome type, e.g. {@code referral}, {@code lab-result-follow-up}. */
  public static final SearchAttributeKey<String> OUTCOME_TYPE =
      SearchAttributeKey.forKeyword("OutcomeType");

  /** Name of the current stage. */
  public static final SearchAttributeKey<String> OUTCOME_STAGE =
      SearchAttributeKey.forKeyword("OutcomeStage");

  /** Current rung of the active escalation ladder; 0 when nothing has escalated. */
  public static final SearchAttributeKey<Long> ESCALATION_LEVEL =
      SearchAttributeKey.forLong("EscalationLevel");

  /** Role or staff id that owns the outcome right now (never a patient identifier). */
  public static final SearchAttributeKey<String> OWNER = SearchAttributeKey.forKeyword("Owner");

  /** True while a human task is open. */
  public static final SearchAttributeKey<Boolean> NEEDS_HUMAN =
      SearchAttributeKey.forBoolean("NeedsHuman");

  /** When the current stage's deadline falls. */
  public static final SearchAttributeKey<OffsetDateTime> DUE_AT =
      SearchAttributeKey.forOffsetDateTime("DueAt");

  /** All of the above, for registration with a Temporal namespace. */
  public static final List<SearchAttributeKey<?>> ALL =
      List.of(OUTCOME_TYPE, OUTCOME_STAGE, ESCALATION_LEVEL, OWNER, NEEDS_HUMAN, DUE_AT);

  private OutcomeSearchAttributes() {}
}
