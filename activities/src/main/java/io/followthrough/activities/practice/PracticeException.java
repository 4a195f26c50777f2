package io.followthrough.activities.practice;

/**
 * A refusal of the sandbox practice system. {@link #code()} is one of the failure types of {@code
 * PracticeActivities} (e.g. {@code SlotTaken}); the message names refs and codes, never PHI.
 */
public final class PracticeException extends RuntimeException {
  private final String code;

  public PracticeException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
