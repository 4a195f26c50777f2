package io.followthrough.drafting;

import io.followthrough.channels.Channel;
import java.util.Map;

/**
 * What to draft. Carries the minimum necessary: the facts the message may state (first name,
 * specialty, practice name, a self-schedule link, a slot time, missing-field codes), never the
 * document text. {@link #toString()} hides the facts.
 *
 * @param purpose what the message is for, as a code, e.g. {@code referral-outreach}, {@code
 *     referral-reminder}, {@code referral-missing-info}, {@code referral-missing-info-reminder},
 *     {@code appointment-reminder}, {@code referral-close-loop}
 * @param audience who reads it
 * @param channel how it will be sent (SMS is short, email and fax may be longer)
 * @param language IETF tag of the recipient's preferred language, e.g. {@code en}, {@code es}
 * @param facts the only facts the draft may use, by name
 */
public record DraftRequest(
    String purpose,
    Audience audience,
    Channel channel,
    String language,
    Map<String, String> facts) {

  public DraftRequest {
    facts = facts == null ? Map.of() : Map.copyOf(facts);
  }

  @Override
  public String toString() {
    return "DraftRequest[purpose=%s, audience=%s, channel=%s, language=%s, facts=%s]"
        .formatted(purpose, audience, channel, language, facts.keySet());
  }
}
