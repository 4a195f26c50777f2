package io.followthrough.sdk;

import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.common.SearchAttributeKey;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /**
   * Name and index type of each attribute, for registration with a namespace: {@code
   * TestWorkflowEnvironment.registerSearchAttribute(name, type)} in tests, the OperatorService's
   * {@code AddSearchAttributes} against a server. Workflows that upsert an unregistered attribute
   * fail their workflow task.
   */
  public static Map<String, IndexedValueType> indexedValueTypes() {
    Map<String, IndexedValueType> types = new LinkedHashMap<>();
    for (SearchAttributeKey<?> key : ALL) {
      types.put(key.getName(), key.getValueType());
    }
    return types;
  }

  private OutcomeSearchAttributes() {}
}
