package io.followthrough.intake;

import io.followthrough.sdk.Stage;
import java.time.Duration;

/** The stages of a document intake. */
final class FaxIntakeStages {

  /** OCR and understanding; the activity's own retry policy handles transient failures. */
  static final Stage UNDERSTAND = Stage.named("understand").withDeadline(Duration.ofMinutes(30));

  /** A coordinator decides; reminders go to a supervisor after a business day. */
  static final Stage REVIEW = Stage.named("review").withDeadline(Duration.ofHours(8));

  /** Hand the document to the outcome of its type. */
  static final Stage ROUTE = Stage.named("route").withDeadline(Duration.ofMinutes(10));

  /** Unanswered review tasks go to a supervisor after this long. */
  static final Duration ESCALATE_REVIEW_AFTER = Duration.ofHours(8);

  private FaxIntakeStages() {}
}
