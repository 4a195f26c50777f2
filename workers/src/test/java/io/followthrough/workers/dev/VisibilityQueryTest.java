package io.followthrough.workers.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.workers.dev.VisibilityQuery.Condition;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisibilityQueryTest {

  @Test
  void blankQueryHasNoConditions() {
    assertTrue(VisibilityQuery.parse("  ").conditions().isEmpty());
    assertTrue(VisibilityQuery.parse(null).conditions().isEmpty());
  }

  @Test
  void parsesComparisonsJoinedByAnd() {
    VisibilityQuery query =
        VisibilityQuery.parse(
            "WorkflowType = 'LabResultFollowUp' and ExecutionStatus=\"Running\" AND"
                + " OutcomeStage != 'done' AND NeedsHuman = true");
    assertEquals(
        List.of(
            new Condition("WorkflowType", false, "LabResultFollowUp"),
            new Condition("ExecutionStatus", false, "Running"),
            new Condition("OutcomeStage", true, "done"),
            new Condition("NeedsHuman", false, "true")),
        query.conditions());
  }

  @Test
  void parsesNullChecks() {
    assertEquals(
        List.of(
            new Condition("OutcomeType", true, null),
            new Condition("Owner", false, null),
            new Condition("WorkflowType", false, "FaxIntake")),
        VisibilityQuery.parse(
                "OutcomeType IS NOT NULL AND Owner is null AND WorkflowType = 'FaxIntake'")
            .conditions());
  }

  @Test
  void keepsSlashesAndEscapedQuotesInValues() {
    assertEquals(
        List.of(new Condition("WorkflowId", false, "lab-result-follow-up/R-1's")),
        VisibilityQuery.parse("WorkflowId = 'lab-result-follow-up/R-1\\'s'").conditions());
  }

  @Test
  void rejectsWhatItDoesNotUnderstand() {
    for (String query :
        List.of(
            "WorkflowType = 'A' OR WorkflowType = 'B'",
            "StartTime > '2026-01-01'",
            "WorkflowType = 'A' ORDER BY StartTime",
            "WorkflowType",
            "WorkflowType = 'A' AND",
            "OutcomeType IS NOT NULLX",
            "OutcomeType IS 'x'")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> VisibilityQuery.parse(query), query);
      assertTrue(e.getMessage().contains("joined by AND"), e.getMessage());
    }
  }
}
