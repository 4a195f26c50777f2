package io.followthrough.activities.drafting;

import io.followthrough.activities.ai.llm.LlmSettings;
import io.followthrough.activities.drafting.llm.LlmDrafting;
import io.followthrough.activities.drafting.local.LocalDrafting;
import io.followthrough.drafting.DraftingActivities;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the {@link DraftingActivities} implementation from settings: the offline {@link
 * LocalDrafting} unless {@value LlmSettings#PROVIDER_SETTING} ({@code FOLLOWTHROUGH_AI_PROVIDER})
 * names a hosted provider, then {@link LlmDrafting} with {@value LlmSettings#MODEL_SETTING},
 * {@value LlmSettings#BASE_URL_SETTING}, {@value LlmSettings#TIMEOUT_SETTING} and the key in
 * {@value LlmSettings#API_KEY_ENV}.
 */
public final class DraftingProviders {
  private static final Logger log = LoggerFactory.getLogger(DraftingProviders.class);

  private DraftingProviders() {}

  /**
   * The implementation the settings choose.
   *
   * @throws IllegalArgumentException for a hosted provider that is unknown or lacks its model or
   *     key (the message names the missing setting)
   */
  public static DraftingActivities create(
      Function<String, Optional<String>> settings, Function<String, String> environment) {
    Optional<LlmSettings> hosted = LlmSettings.fromSettings(settings, environment);
    if (hosted.isEmpty()) {
      log.info("drafting provider: local (templates, policy table, reply rules)");
      return LocalDrafting.bundled();
    }
    LlmSettings s = hosted.get();
    log.info("drafting provider: {} model={}", s.provider(), s.model());
    return new LlmDrafting(s);
  }
}
