package io.followthrough.faxrouting;

import io.followthrough.sdk.Stage;
import java.time.Duration;

/** The stages of a fax routing. */
final class FaxRoutingStages {

  /** A coordinator confirms a type the classifier was unsure of. */
  static final Stage CONFIRM_TYPE = Stage.named("confirm-type").withDeadline(Duration.ofHours(8));

  /** The chart the document belongs to: matched automatically or found by a coordinator. */
  static final Stage MATCH_PATIENT = Stage.named("match-patient").withDeadline(Duration.ofHours(8));

  /** The work queue: the ordering provider's, HIM, billing, front desk or coordinator. */
  static final Stage CHOOSE_QUEUE = Stage.named("choose-queue").withDeadline(Duration.ofHours(8));

  /** Filing to the chart; the practice activity's own retries handle blips. */
  static final Stage FILE =
      Stage.named("file")
          .withDeadline(Duration.ofHours(1))
          .withRetryBudget(3)
          .withRetryBackoff(Duration.ofMinutes(5));

  /** A filed result waits for its provider's acknowledgement (reminders, then a supervisor). */
  static final Stage AWAIT_ACKNOWLEDGEMENT = Stage.named("await-acknowledgement");

  /** The sender is told the document was received and filed. */
  static final Stage NOTIFY_SENDER =
      Stage.named("notify-sender")
          .withDeadline(Duration.ofHours(4))
          .withRetryBudget(3)
          .withRetryBackoff(Duration.ofMinutes(10));

  private FaxRoutingStages() {}
}
