package io.followthrough.refill;

import io.followthrough.sdk.EscalationLadder;
import io.followthrough.sdk.HumanTaskSpec;
import io.followthrough.sdk.Stage;
import java.time.Duration;
import java.util.List;

/** The stages, ladders and message purposes of a refill request. */
final class RefillStages {
  static final Stage INTAKE = Stage.named("intake").withDeadline(Duration.ofHours(1));
  static final Stage MATCH_PATIENT = Stage.named("match-patient").withDeadline(Duration.ofHours(4));
  static final Stage MATCH_MEDICATION =
      Stage.named("match-medication").withDeadline(Duration.ofHours(4));
  static final Stage POLICY = Stage.named("policy").withDeadline(Duration.ofHours(1));
  static final Stage PRESCRIBER_REVIEW = Stage.named("prescriber-review");

  /** Decision to the pharmacy and the patient: three whole attempts an hour apart. */
  static final Stage NOTIFY =
      Stage.named("notify")
          .withDeadline(Duration.ofDays(1))
          .withRetryBudget(3)
          .withRetryBackoff(Duration.ofHours(1));

  static final Stage PHARMACY_CONFIRMATION = Stage.named("pharmacy-confirmation");
  static final Stage BOOK_VISIT = Stage.named("book-visit").withDeadline(Duration.ofDays(3));

  static final String PURPOSE_PHARMACY = "refill-decision-pharmacy";
  static final String PURPOSE_PATIENT = "refill-decision-patient";

  private RefillStages() {}

  /** Resend the decision fax after each wait but the last, then a coordinator task. */
  static EscalationLadder confirmationLadder(List<Duration> waits, HumanTaskSpec coordinator) {
    EscalationLadder.Builder b = EscalationLadder.builder();
    for (int i = 0; i < waits.size() - 1; i++) {
      b.rung("pharmacy-resend-" + (i + 1), "FAX", waits.get(i));
    }
    return b.humanTask("pharmacy-not-confirmed", waits.get(waits.size() - 1), coordinator).build();
  }
}
