package io.followthrough.documents;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;

/** Recommended activity options for {@link DocumentIntakeActivities}. */
public final class DocumentIntakeOptions {
  /** Fields and types at or above this confidence may be acted on without a person. */
  public static final double AUTO_ACCEPT = 0.90;

  private DocumentIntakeOptions() {}

  /**
   * OCR of a long fax packet takes tens of seconds on a small worker; hosted models can stall.
   * Three minutes per attempt, five attempts with backoff, bad documents not retried.
   */
  public static ActivityOptions activityOptions() {
    return ActivityOptions.newBuilder()
        .setStartToCloseTimeout(Duration.ofMinutes(3))
        .setRetryOptions(
            RetryOptions.newBuilder()
                .setInitialInterval(Duration.ofSeconds(5))
                .setBackoffCoefficient(2.0)
                .setMaximumAttempts(5)
                .setDoNotRetry(
                    DocumentIntakeActivities.DOCUMENT_NOT_FOUND,
                    DocumentIntakeActivities.DOCUMENT_REJECTED,
                    DocumentIntakeActivities.UNDERSTANDING_FAILED)
                .build())
        .build();
  }
}
