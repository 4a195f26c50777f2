package io.followthrough.channels;

import java.util.Map;

/**
 * One message to send. {@link #toString()} shows only codes and refs, never the body.
 *
 * @param channel how to send it
 * @param recipientRef who receives it: a patient or provider reference ({@code pt-0007}, {@code
 *     prov-03}) that the adapter resolves to an address; never a raw phone number or email
 * @param templateId which approved template to render, e.g. {@code referral-offer-slot}; with a
 *     {@code body}, the template the body was drafted from (the record of what was sent)
 * @param variables small template variables (refs, dates, codes; at most 20 entries of at most 200
 *     characters)
 * @param language IETF language tag for the template, e.g. {@code en}, {@code es}
 * @param idempotencyKey required; a second send with the same key sends nothing and returns the
 *     first receipt
 * @param body the text to send as is, e.g. a {@code Draft} from {@code DraftingActivities} (checked
 *     before it got here); null to have the adapter render {@code templateId}. At most {@link
 *     Channel#maxBodyLength()} characters
 */
public record OutboundMessage(
    Channel channel,
    String recipientRef,
    String templateId,
    Map<String, String> variables,
    String language,
    String idempotencyKey,
    String body) {

  public OutboundMessage {
    variables = variables == null ? Map.of() : Map.copyOf(variables);
  }

  /** A message the adapter renders from {@code templateId} (no drafted body). */
  public OutboundMessage(
      Channel channel,
      String recipientRef,
      String templateId,
      Map<String, String> variables,
      String language,
      String idempotencyKey) {
    this(channel, recipientRef, templateId, variables, language, idempotencyKey, null);
  }

  @Override
  public String toString() {
    return "OutboundMessage[channel=%s, recipientRef=%s, templateId=%s, key=%s, body=%s]"
        .formatted(
            channel,
            recipientRef,
            templateId,
            idempotencyKey,
            body == null ? "none" : body.length() + " chars");
  }
}
