package io.followthrough.triage;

import io.followthrough.sdk.ActivityPolicies;
import io.followthrough.sdk.Stage;
import io.temporal.activity.ActivityOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Stages, task reasons and their resolutions of message triage. */
final class MessageTriageStages {

  /** Three whole attempts a minute apart, then a coordinator classifies. */
  static final Stage CLASSIFY =
      Stage.named("classify")
          .withDeadline(Duration.ofMinutes(15))
          .withRetryBudget(3)
          .withRetryBackoff(Duration.ofMinutes(1));

  static final Stage EMERGENCY_INSTRUCTIONS = Stage.named("emergency-instructions");
  static final Stage PAGE_ON_CALL = Stage.named("page-on-call");
  static final Stage CONFIRM_ANSWERED = Stage.named("confirm-answered");
  static final Stage NEXT_BUSINESS_DAY = Stage.named("next-business-day");
  static final Stage SAME_DAY = Stage.named("same-day");
  static final Stage REFILL_HANDOFF = Stage.named("refill-handoff");

  static final String CLASSIFICATION_FAILED = "classification-failed";
  static final String ROUTINE_MESSAGE = "routine-message";
  static final String URGENT_MESSAGE = "urgent-message";
  static final String PAGE_UNANSWERED = "page-unanswered";
  static final String CALLBACK_NOT_CONFIRMED = "callback-not-confirmed";

  static final String CALLED_BACK = "called-back";
  static final String REPLIED = "replied";

  /** The resolutions each task reason accepts. */
  static final Map<String, List<String>> RESOLUTIONS =
      Map.of(
          CLASSIFICATION_FAILED, List.of("emergency", "urgent", "routine", "refill"),
          ROUTINE_MESSAGE, List.of(REPLIED, CALLED_BACK, "no-action-needed"),
          URGENT_MESSAGE, List.of(REPLIED, CALLED_BACK, "no-action-needed"),
          PAGE_UNANSWERED, List.of(CALLED_BACK, "on-call-reached"),
          CALLBACK_NOT_CONFIRMED, List.of(CALLED_BACK, "patient-unreachable"));

  /** Classification: short attempts (a person takes over after the stage's budget). */
  static ActivityOptions classifyOptions() {
    return ActivityPolicies.standard().toBuilder()
        .setStartToCloseTimeout(Duration.ofSeconds(30))
        .setScheduleToCloseTimeout(Duration.ofMinutes(3))
        .setRetryOptions(
            ActivityPolicies.retry(3, Duration.ofSeconds(2), Duration.ofSeconds(10)).toBuilder()
                .setDoNotRetry(
                    MessageTriageActivities.INVALID_INPUT, MessageTriageActivities.INVALID_OUTPUT)
                .build())
        .build();
  }

  /** Pages: retried for 5 min at most, the ladder above owns longer silences. */
  static ActivityOptions pageOptions() {
    return ActivityPolicies.outbound().toBuilder()
        .setStartToCloseTimeout(Duration.ofSeconds(30))
        .setScheduleToCloseTimeout(Duration.ofMinutes(5))
        .setRetryOptions(ActivityPolicies.retry(10, Duration.ofSeconds(2), Duration.ofMinutes(1)))
        .build();
  }

  /** A validator's message for {@code resolution} of a task with {@code reason}, or null. */
  static String problem(String reason, String resolution) {
    List<String> allowed = RESOLUTIONS.get(reason);
    if (allowed == null || allowed.contains(resolution)) {
      return null;
    }
    return "resolution of a " + reason + " task is one of " + allowed;
  }

  private MessageTriageStages() {}
}
