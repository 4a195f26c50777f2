package io.followthrough.workers.sandbox;

import io.followthrough.referral.SelfScheduleLinks;
import java.util.Optional;
import java.util.function.Function;

/**
 * The self-schedule links' base URL ({@value SelfScheduleLinks#BASE_URL_SETTING}) for a process
 * that serves the sandbox over HTTP: the configured one, else this process's own HTTP address, so
 * the link a patient gets opens the sandbox that books it.
 */
public final class SelfScheduleBaseUrl {

  private SelfScheduleBaseUrl() {}

  /** {@code settings}, answering the base-URL setting with {@code url} when it is not set. */
  public static Function<String, Optional<String>> defaultingTo(
      Function<String, Optional<String>> settings, String url) {
    return key ->
        settings
            .apply(key)
            .or(
                () ->
                    SelfScheduleLinks.BASE_URL_SETTING.equals(key) && url != null
                        ? Optional.of(url)
                        : Optional.empty());
  }
}
