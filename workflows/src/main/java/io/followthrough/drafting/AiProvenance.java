package io.followthrough.drafting;

/**
 * Which model made a decision or draft, recorded in the outcome's timeline.
 *
 * @param provider {@code local} (offline templates, rules and policy tables), {@code openai},
 *     {@code anthropic}, {@code ollama}
 * @param model model name, e.g. {@code templates-v1} or {@code gpt-4o-mini}
 * @param promptVersion version of the prompt or template set, e.g. {@code referral-outreach@3}
 */
public record AiProvenance(String provider, String model, String promptVersion) {

  /** A short code for timelines: {@code provider/model/promptVersion}. */
  public String code() {
    return provider + "/" + model + "/" + promptVersion;
  }
}
