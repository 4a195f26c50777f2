package io.followthrough.examples.labresult;

import io.followthrough.sdk.ActivityPolicies;
import io.temporal.failure.ApplicationFailure;
import java.time.DateTimeException;
import java.time.ZoneId;

/** Checks a start input; bad input fails the workflow at once with a clear, PHI-free message. */
final class LabResultInputs {
  private LabResultInputs() {}

  static ZoneId validate(LabResultFollowUpInput input) {
    if (input == null || input.resultId() == null || input.resultId().isBlank()) {
      throw invalid("resultId is required");
    }
    if (input.resultId().chars().anyMatch(Character::isWhitespace)) {
      throw invalid("resultId must not contain whitespace");
    }
    if (input.patientTimeZone() == null) {
      throw invalid("patientTimeZone is required, e.g. America/New_York");
    }
    try {
      return ZoneId.of(input.patientTimeZone());
    } catch (DateTimeException e) {
      throw invalid("patientTimeZone is not a valid time zone id, e.g. America/New_York");
    }
  }

  private static ApplicationFailure invalid(String message) {
    return ApplicationFailure.newNonRetryableFailure(message, ActivityPolicies.INVALID_INPUT);
  }
}
