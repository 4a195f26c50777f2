package io.followthrough.sdk.internal;

import io.followthrough.sdk.OutcomeSearchAttributes;
import io.temporal.common.SearchAttributeUpdate;
import io.temporal.workflow.Workflow;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collects search-attribute changes and upserts them in one command. */
public final class Attributes {
  // Keyed by attribute name so a later change of the same attribute wins.
  private final Map<String, SearchAttributeUpdate<?>> pending = new LinkedHashMap<>();

  public Attributes type(String outcomeType) {
    pending.put(
        OutcomeSearchAttributes.OUTCOME_TYPE.getName(),
        SearchAttributeUpdate.valueSet(OutcomeSearchAttributes.OUTCOME_TYPE, outcomeType));
    return this;
  }

  public Attributes stage(String stage) {
    pending.put(
        OutcomeSearchAttributes.OUTCOME_STAGE.getName(),
        SearchAttributeUpdate.valueSet(OutcomeSearchAttributes.OUTCOME_STAGE, stage));
    return this;
  }

  public Attributes level(int level) {
    pending.put(
        OutcomeSearchAttributes.ESCALATION_LEVEL.getName(),
        SearchAttributeUpdate.valueSet(OutcomeSearchAttributes.ESCALATION_LEVEL, (long) level));
    return this;
  }

  public Attributes owner(String owner) {
    pending.put(
        OutcomeSearchAttributes.OWNER.getName(),
        SearchAttributeUpdate.valueSet(OutcomeSearchAttributes.OWNER, owner));
    return this;
  }

  public Attributes needsHuman(boolean value) {
    pending.put(
        OutcomeSearchAttributes.NEEDS_HUMAN.getName(),
        SearchAttributeUpdate.valueSet(OutcomeSearchAttributes.NEEDS_HUMAN, value));
    return this;
  }

  public Attributes dueAt(Long epochMillis) {
    if (epochMillis == null) {
      pending.put(
          OutcomeSearchAttributes.DUE_AT.getName(),
          SearchAttributeUpdate.valueUnset(OutcomeSearchAttributes.DUE_AT));
    } else {
      OffsetDateTime due = Instant.ofEpochMilli(epochMillis).atOffset(ZoneOffset.UTC);
      pending.put(
          OutcomeSearchAttributes.DUE_AT.getName(),
          SearchAttributeUpdate.valueSet(OutcomeSearchAttributes.DUE_AT, due));
    }
    return this;
  }

  /** Upserts everything collected since the last call. */
  public void publish() {
    if (!pending.isEmpty()) {
      Workflow.upsertTypedSearchAttributes(
          pending.values().toArray(new SearchAttributeUpdate<?>[0]));
      pending.clear();
    }
  }
}
