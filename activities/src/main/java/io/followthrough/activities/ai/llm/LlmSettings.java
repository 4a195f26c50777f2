package io.followthrough.activities.ai.llm;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Connection to a hosted model.
 *
 * @param provider {@code OPENAI} (any OpenAI-compatible server), {@code ANTHROPIC} or {@code
 *     OLLAMA} (a local Ollama through its OpenAI-compatible endpoint)
 * @param baseUrl e.g. {@code https://api.openai.com/v1}; null for the provider default
 * @param model model name
 * @param apiKey secret key, from the environment, never from a config file (not needed for Ollama)
 * @param timeout per-request timeout; the Temporal activity owns retries (client retries are off)
 */
public record LlmSettings(
    Provider provider, String baseUrl, String model, String apiKey, Duration timeout) {

  /**
   * Setting: {@code local} (default: no hosted model), {@code openai}, {@code anthropic}, {@code
   * ollama}.
   */
  public static final String PROVIDER_SETTING = "followthrough.ai.provider";

  /** Setting: the hosted model's name (required with a hosted provider). */
  public static final String MODEL_SETTING = "followthrough.ai.model";

  /** Setting: the provider's base URL (optional). */
  public static final String BASE_URL_SETTING = "followthrough.ai.base-url";

  /** Setting: per-request timeout, ISO-8601 ({@code PT20S}) or seconds; default 20 s. */
  public static final String TIMEOUT_SETTING = "followthrough.ai.timeout";

  /** Environment variable holding the API key. */
  public static final String API_KEY_ENV = "FOLLOWTHROUGH_LLM_API_KEY";

  /** Default per-request timeout: three requests (one answer, two repairs) fit in a minute. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

  /** Supported providers. */
  public enum Provider {
    OPENAI,
    ANTHROPIC,
    OLLAMA
  }

  /**
   * The hosted model the settings choose, or empty for {@code local} (the default). The API key
   * comes only from {@link #API_KEY_ENV}.
   *
   * @param settings configuration lookup (e.g. {@code ModuleEnvironment::setting}; in the worker
   *     {@code FOLLOWTHROUGH_AI_PROVIDER} is {@code followthrough.ai.provider})
   * @param environment environment variables (e.g. {@code System::getenv})
   * @throws IllegalArgumentException for an unknown provider, or a hosted one without a model or
   *     key; the message names settings, never values of secrets
   */
  public static Optional<LlmSettings> fromSettings(
      Function<String, Optional<String>> settings, Function<String, String> environment) {
    String name = settings.apply(PROVIDER_SETTING).map(String::strip).orElse("local");
    if (name.isEmpty() || name.equalsIgnoreCase("local")) {
      return Optional.empty();
    }
    Provider provider;
    try {
      provider = Provider.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          PROVIDER_SETTING + " must be local, openai, anthropic or ollama, not " + name);
    }
    String model =
        settings
            .apply(MODEL_SETTING)
            .filter(m -> !m.isBlank())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        PROVIDER_SETTING + "=" + name + " needs " + MODEL_SETTING));
    String key = environment.apply(API_KEY_ENV);
    if (provider == Provider.OLLAMA) {
      key = key == null || key.isBlank() ? "ollama" : key;
    } else if (key == null || key.isBlank()) {
      throw new IllegalArgumentException(
          PROVIDER_SETTING + "=" + name + " needs " + API_KEY_ENV + " in the environment");
    }
    String baseUrl = settings.apply(BASE_URL_SETTING).filter(u -> !u.isBlank()).orElse(null);
    Duration timeout =
        settings.apply(TIMEOUT_SETTING).map(LlmSettings::duration).orElse(DEFAULT_TIMEOUT);
    return Optional.of(new LlmSettings(provider, baseUrl, model, key, timeout));
  }

  private static Duration duration(String value) {
    String v = value.strip();
    return v.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(v)) : Duration.parse(v);
  }

  @Override
  public String toString() {
    return "LlmSettings[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + "]";
  }
}
