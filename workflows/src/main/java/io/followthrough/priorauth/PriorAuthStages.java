package io.followthrough.priorauth;

import io.followthrough.sdk.Stage;
import java.time.Duration;

/** The stages of a prior authorization, in the order a denied-then-appealed one passes them. */
final class PriorAuthStages {
  static final Stage CHECK_RULES = Stage.named("check-rules");
  static final Stage ASSEMBLE = Stage.named("assemble-packet");
  static final String SUBMIT = "submit";
  static final String AWAIT_DECISION = "await-decision";
  static final String ANSWER_REQUEST = "answer-request";
  static final Stage DRAFT_APPEAL = Stage.named("draft-appeal");
  static final String APPEAL_SIGN_OFF = "appeal-sign-off";
  static final String SUBMIT_APPEAL = "submit-appeal";
  static final Stage FINAL_DECISION = Stage.named("final-decision");
  static final Stage NOTIFY_SCHEDULER = Stage.named("notify-scheduler");

  /** Pause between whole submission attempts. */
  static final Duration SUBMIT_BACKOFF = Duration.ofMinutes(15);

  private PriorAuthStages() {}

  static Stage submit(PriorAuthPolicy policy) {
    return Stage.named(SUBMIT)
        .withRetryBudget(policy.submitRetryBudget())
        .withRetryBackoff(SUBMIT_BACKOFF);
  }
}
