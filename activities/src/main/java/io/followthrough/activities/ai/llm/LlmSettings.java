package io.followthrough.activities.ai.llm;

import java.time.Duration;

/**
 * Connection to a hosted model.
 *
 * @param provider {@code OPENAI} (any OpenAI-compatible server) or {@code ANTHROPIC}
 * @param baseUrl e.g. {@code https://api.openai.com/v1}; null for the provider default
 * @param model model name
 * @param apiKey secret key, from the environment, never from a config file
 * @param timeout per-request timeout; the Temporal activity owns retries (client retries are off)
 */
public record LlmSettings(
    Provider provider, String baseUrl, String model, String apiKey, Duration timeout) {

  /** Supported providers. */
  public enum Provider {
    OPENAI,
    ANTHROPIC
  }

  @Override
  public String toString() {
    return "LlmSettings[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + "]";
  }
}
