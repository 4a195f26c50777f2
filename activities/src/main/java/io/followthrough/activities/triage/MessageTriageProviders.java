package io.followthrough.activities.triage;

import io.followthrough.activities.ai.llm.ChatModels;
import io.followthrough.activities.ai.llm.LlmSettings;
import io.followthrough.triage.MessageTriageActivities;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Chooses the classifier from the shared AI settings ({@code followthrough.ai.provider}, model,
 * base URL, timeout, key), like drafting: offline {@link LocalMessageTriage} unless a hosted
 * provider is named, then {@link LlmMessageTriage}.
 */
public final class MessageTriageProviders {
  private MessageTriageProviders() {}

  public static MessageTriageActivities create(
      Function<String, Optional<String>> settings, Function<String, String> environment) {
    Optional<LlmSettings> hosted = LlmSettings.fromSettings(settings, environment);
    if (hosted.isEmpty()) {
      return LocalMessageTriage.bundled();
    }
    LlmSettings s = hosted.get();
    return new LlmMessageTriage(
        ChatModels.create(s), s.provider().name().toLowerCase(Locale.ROOT), s.model());
  }
}
