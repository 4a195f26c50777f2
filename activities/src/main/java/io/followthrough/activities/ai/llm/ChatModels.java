package io.followthrough.activities.ai.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;

/**
 * Builds the provider's chat model with client retries off (Temporal owns retries) and {@link
 * LlmCallMetrics} attached, so every call through any model built here is counted.
 */
public final class ChatModels {
  /** Ollama's OpenAI-compatible endpoint on the same machine. */
  public static final String OLLAMA_DEFAULT_URL = "http://localhost:11434/v1";

  private ChatModels() {}

  /** A model whose call and token metrics go to Micrometer's global registry. */
  public static ChatModel create(LlmSettings s) {
    return create(s, Metrics.globalRegistry);
  }

  /** A model whose call and token metrics go to {@code registry}. */
  public static ChatModel create(LlmSettings s, MeterRegistry registry) {
    LlmCallMetrics metrics = new LlmCallMetrics(registry, s.provider(), s.model());
    return switch (s.provider()) {
      case OPENAI, OLLAMA -> {
        var b = OpenAiChatModel.builder();
        if (s.baseUrl() != null) {
          b.baseUrl(s.baseUrl());
        } else if (s.provider() == LlmSettings.Provider.OLLAMA) {
          b.baseUrl(OLLAMA_DEFAULT_URL);
        }
        yield b.apiKey(s.apiKey())
            .modelName(s.model())
            .timeout(s.timeout())
            .maxRetries(0)
            .temperature(0.0)
            .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
            .strictJsonSchema(true)
            .listeners(metrics)
            .build();
      }
      case ANTHROPIC -> {
        var b = AnthropicChatModel.builder();
        if (s.baseUrl() != null) {
          b.baseUrl(s.baseUrl());
        }
        yield b.apiKey(s.apiKey())
            .modelName(s.model())
            .timeout(s.timeout())
            .maxRetries(0)
            .temperature(0.0)
            .listeners(metrics)
            .build();
      }
    };
  }
}
