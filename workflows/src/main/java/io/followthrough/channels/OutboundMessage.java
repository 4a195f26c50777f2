package io.followthrough.channels;

import java.util.Map;

/**
 * One message to send. {@link #toString()} shows only codes and refs.
 *
 * @param channel how to send it
 * @param recipientRef who receives it: a patient or provider reference ({@code pt-0007}, {@code
 *     prov-03}) that the adapter resolves to an address; never a raw phone number or email
 * @param templateId which approved template to render, e.g. {@code referral-offer-slot}
 * @param variables small template variables (refs, dates, codes; at most 20 entries of at most 200
 *     characters)
 * @param language IETF language tag for the template, e.g. {@code en}, {@code es}
 * @param idempotencyKey required; a second send with the same key sends nothing and returns the
 *     first receipt
 */
public record OutboundMessage(
    Channel channel,
    String recipientRef,
    String templateId,
    Map<String, String> variables,
    String language,
    String idempotencyKey) {

  public OutboundMessage {
    variables = variables == null ? Map.of() : Map.copyOf(variables);
  }

  @Override
  public String toString() {
    return "OutboundMessage[channel=%s, recipientRef=%s, templateId=%s, key=%s]"
        .formatted(channel, recipientRef, templateId, idempotencyKey);
  }
}
