package io.followthrough.activities.ai.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.langchain4j.model.chat.ChatModel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every call of a model from {@link ChatModels} is counted, with the provider's token usage. */
class LlmCallMetricsTest {

  private RecordedChatServer server;
  private SimpleMeterRegistry registry;
  private ChatModel model;

  @BeforeEach
  void start() throws Exception {
    server = new RecordedChatServer();
    registry = new SimpleMeterRegistry();
    model =
        ChatModels.create(
            new LlmSettings(
                LlmSettings.Provider.OPENAI,
                server.baseUrl(),
                "recorded-model",
                "test-key",
                Duration.ofSeconds(10)),
            registry);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void callsAndTokensAreCountedPerCall() {
    server.then("referral-ok.json").then("refill-ok.json");
    model.chat("Patient Maria Garcia, DOB 03/14/1962");
    model.chat("second call");

    assertEquals(2, count("followthrough.llm.calls", "result", "ok"));
    // Each recording reports 420 prompt and 120 completion tokens.
    assertEquals(840, count("followthrough.llm.tokens", "kind", "input"));
    assertEquals(240, count("followthrough.llm.tokens", "kind", "output"));
    assertEquals(
        2,
        registry
            .get("followthrough.llm.call.duration")
            .tags("provider", "openai", "model", "recorded-model")
            .timer()
            .count());
    for (Meter meter : registry.getMeters()) {
      for (Tag tag : meter.getId().getTags()) {
        assertFalse(tag.getValue().contains("Maria"), "no prompt text in labels");
      }
    }
  }

  @Test
  void failedCallsAreCountedAsErrors() {
    server.then(500);
    assertThrows(RuntimeException.class, () -> model.chat("x"));
    assertEquals(1, count("followthrough.llm.calls", "result", "error"));
    assertEquals(0, count("followthrough.llm.calls", "result", "ok"));
    assertEquals(0, count("followthrough.llm.tokens"));
  }

  private double count(String name, String... tags) {
    return registry.find(name).tags(tags).counters().stream().mapToDouble(Counter::count).sum();
  }
}
