package io.followthrough.drafting;

import java.util.Map;

/**
 * A drafted message, ready to hand to {@code ChannelActivities.send}. {@link #toString()} hides the
 * text.
 *
 * @param templateId the approved template the text follows (the channel's record of what was sent)
 * @param variables template variables (refs, dates, codes)
 * @param body the final text to send; checked before it is returned (length for the channel, only
 *     the given facts, the link intact)
 * @param language language the body is in (the requested one, or {@code en} when no template or
 *     model covers it)
 * @param provenance which model drafted it
 */
public record Draft(
    String templateId,
    Map<String, String> variables,
    String body,
    String language,
    AiProvenance provenance) {

  public Draft {
    variables = variables == null ? Map.of() : Map.copyOf(variables);
  }

  @Override
  public String toString() {
    return "Draft[templateId=%s, language=%s, length=%d, provenance=%s]"
        .formatted(templateId, language, body == null ? 0 : body.length(), provenance);
  }
}
