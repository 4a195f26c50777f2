package io.followthrough.activities.payer;

/** A refusal or outage of the sandbox payer, typed by a {@code PayerActivities} failure type. */
public final class PayerException extends RuntimeException {
  private final String type;

  public PayerException(String type, String message) {
    super(message);
    this.type = type;
  }

  public String type() {
    return type;
  }
}
