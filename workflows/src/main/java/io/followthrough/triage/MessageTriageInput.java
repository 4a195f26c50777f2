package io.followthrough.triage;

import io.followthrough.channels.InboundMessage;

/**
 * A new patient conversation to triage.
 *
 * @param message the message (its text is PHI: never logged, {@link #toString()} hides it)
 * @param site the site or clinic code; null for the default
 */
public record MessageTriageInput(InboundMessage message, String site) {

  @Override
  public String toString() {
    return "MessageTriageInput[message=%s, site=%s]".formatted(message, site);
  }
}
