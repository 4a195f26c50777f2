package io.followthrough.activities.drafting.check;

/**
 * A reason a draft cannot be sent.
 *
 * @param code stable code, safe for logs and failure messages (e.g. {@code unknown-number})
 * @param detail what to fix, for a repair request to the model; may quote the draft, so never
 *     logged or put in a failure message
 */
public record Problem(String code, String detail) {

  @Override
  public String toString() {
    return "Problem[" + code + "]";
  }
}
