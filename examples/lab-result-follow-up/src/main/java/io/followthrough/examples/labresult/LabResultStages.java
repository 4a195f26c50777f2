package io.followthrough.examples.labresult;

import io.followthrough.sdk.EscalationLadder;
import io.followthrough.sdk.HumanTaskSpec;
import io.followthrough.sdk.Stage;
import java.time.Duration;

/** The stages and the provider escalation ladder of a lab result follow-up. */
final class LabResultStages {

  static final Stage NOTIFY_PROVIDER =
      Stage.named("notify-provider").withDeadline(Duration.ofHours(4)).withRetryBudget(3);
  static final Stage AWAIT_ACKNOWLEDGEMENT =
      Stage.named("await-acknowledgement").withDeadline(Duration.ofHours(12));
  static final Stage NOTIFY_PATIENT =
      Stage.named("notify-patient").withDeadline(Duration.ofHours(24)).withRetryBudget(3);
  static final Stage CONFIRM_PATIENT_INFORMED =
      Stage.named("confirm-patient-informed").withDeadline(Duration.ofDays(3));

  private LabResultStages() {}

  /**
   * Reminder, second reminder, then a supervisor task that goes to the medical director after a
   * day. Abnormal results climb every hour, normal ones every four hours.
   */
  static EscalationLadder ladder(boolean abnormal, String resultId) {
    Duration wait = abnormal ? Duration.ofHours(1) : Duration.ofHours(4);
    return EscalationLadder.builder()
        .rung("reminder-1", "provider-inbox", wait)
        .rung("reminder-2", "pager", wait)
        .humanTask(
            "supervisor-review",
            wait,
            HumanTaskSpec.forRole("supervisor", "provider-no-acknowledgement")
                .withContext("resultId", resultId)
                .withEscalation(Duration.ofHours(24), "medical-director"))
        .build();
  }
}
