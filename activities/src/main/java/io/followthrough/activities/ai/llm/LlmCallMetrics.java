package io.followthrough.activities.ai.llm;

import dev.langchain4j.model.chat.listener.ChatModelErrorContext;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelRequestContext;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import dev.langchain4j.model.output.TokenUsage;
import io.followthrough.activities.metrics.MetricLabels;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;

/**
 * Counts every call of a chat model built by {@link ChatModels}: calls by result, call time, and
 * input/output tokens as the provider reports them. Labels are the configured provider and model
 * only; prompts and answers never reach a metric.
 */
public final class LlmCallMetrics implements ChatModelListener {

  private static final String STARTED = LlmCallMetrics.class.getName() + ".started";

  private final MeterRegistry registry;
  private final String provider;
  private final String model;

  public LlmCallMetrics(MeterRegistry registry, LlmSettings.Provider provider, String model) {
    this.registry = registry;
    this.provider = provider.name().toLowerCase(Locale.ROOT);
    this.model = MetricLabels.configured(model);
  }

  @Override
  public void onRequest(ChatModelRequestContext context) {
    context.attributes().put(STARTED, System.nanoTime());
  }

  @Override
  public void onResponse(ChatModelResponseContext context) {
    finished(context.attributes().get(STARTED), "ok");
    TokenUsage usage =
        context.chatResponse() == null || context.chatResponse().metadata() == null
            ? null
            : context.chatResponse().metadata().tokenUsage();
    if (usage != null) {
      tokens("input", usage.inputTokenCount());
      tokens("output", usage.outputTokenCount());
    }
  }

  @Override
  public void onError(ChatModelErrorContext context) {
    finished(context.attributes().get(STARTED), "error");
  }

  private void finished(Object started, String result) {
    Counter.builder("followthrough.llm.calls")
        .description("Chat model calls by result")
        .tags("provider", provider, "model", model, "result", result)
        .register(registry)
        .increment();
    if (started instanceof Long nanos) {
      Timer.builder("followthrough.llm.call.duration")
          .description("Chat model call time")
          .tags("provider", provider, "model", model, "result", result)
          .register(registry)
          .record(Duration.ofNanos(System.nanoTime() - nanos));
    }
  }

  private void tokens(String kind, Integer count) {
    if (count == null || count <= 0) {
      return;
    }
    Counter.builder("followthrough.llm.tokens")
        .description("Tokens the provider reported, by direction")
        .tags("provider", provider, "model", model, "kind", kind)
        .register(registry)
        .increment(count);
  }
}
