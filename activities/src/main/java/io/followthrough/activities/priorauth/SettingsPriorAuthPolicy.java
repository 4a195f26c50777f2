package io.followthrough.activities.priorauth;

import io.followthrough.priorauth.AuthRule;
import io.followthrough.priorauth.PriorAuthPolicy;
import io.followthrough.priorauth.PriorAuthPolicyActivities;
import io.followthrough.sdk.ActivityPolicies;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link PriorAuthPolicyActivities} from worker settings: each value of {@link
 * PriorAuthPolicy#defaults()} can be overridden under {@value #PREFIX}, and per site under {@code
 * followthrough.priorauth.sites.<site>.}; unset values keep the default. Durations are ISO-8601
 * ({@code PT30M}, {@code P2D}), lists comma-separated. The payer rules come from {@link
 * PayerRules}. See docs/prior-authorization.md for every key.
 */
public final class SettingsPriorAuthPolicy implements PriorAuthPolicyActivities {

  /** Prefix of every setting. */
  public static final String PREFIX = "followthrough.priorauth.";

  private final Function<String, Optional<String>> settings;
  private final PayerRules rules;

  /** Reads settings through {@code settings}, e.g. {@code ModuleEnvironment::setting}. */
  public SettingsPriorAuthPolicy(Function<String, Optional<String>> settings, PayerRules rules) {
    this.settings = settings;
    this.rules = rules;
  }

  @Override
  public PriorAuthPolicy policy(String site) {
    try {
      return read(site);
    } catch (IllegalArgumentException e) {
      throw ApplicationFailure.newNonRetryableFailure(
          "invalid prior-auth policy"
              + (site == null ? "" : " for site " + site)
              + ": "
              + e.getMessage(),
          ActivityPolicies.INVALID_INPUT);
    }
  }

  @Override
  public AuthRule rule(String payer, String specialty, String serviceCode) {
    return rules.rule(payer, specialty, serviceCode);
  }

  /**
   * The policy of {@code site} (null for the default).
   *
   * @throws IllegalArgumentException naming the setting when a value does not parse or the policy
   *     is inconsistent
   */
  public PriorAuthPolicy read(String site) {
    PriorAuthPolicy d = PriorAuthPolicy.defaults();
    try {
      return new PriorAuthPolicy(
          durations(site, "poll-backoff", d.pollBackoff()),
          integer(site, "payer-decision-deadline-days", d.decisionDeadlineDays()),
          duration(site, "overdue-extension", d.overdueExtension()),
          duration(site, "rfi-answer-deadline", d.rfiAnswerDeadline()),
          integer(site, "appeal-window-days", d.appealWindowDays()),
          duration(site, "sign-off-escalate-after", d.signOffEscalateAfter()),
          duration(site, "appeal-escalate-before", d.appealEscalateBefore()),
          integer(site, "max-appeals", d.maxAppeals()),
          integer(site, "submit-retry-budget", d.submitRetryBudget()));
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      throw new IllegalArgumentException(
          message != null && message.startsWith(PREFIX) ? message : PREFIX + message, e);
    }
  }

  private Optional<String> raw(String site, String key) {
    if (site != null && !site.isBlank()) {
      Optional<String> own = settings.apply(PREFIX + "sites." + site + "." + key);
      if (own.isPresent()) {
        return own.map(String::trim);
      }
    }
    return settings.apply(PREFIX + key).map(String::trim);
  }

  private int integer(String site, String key, int fallback) {
    return raw(site, key).map(v -> parse(key, v, Integer::parseInt)).orElse(fallback);
  }

  private Duration duration(String site, String key, Duration fallback) {
    return raw(site, key).map(v -> parse(key, v, Duration::parse)).orElse(fallback);
  }

  private List<Duration> durations(String site, String key, List<Duration> fallback) {
    return raw(site, key)
        .map(
            v -> {
              List<Duration> out = new ArrayList<>();
              for (String part : v.split(",")) {
                out.add(parse(key, part.trim(), Duration::parse));
              }
              return List.copyOf(out);
            })
        .orElse(fallback);
  }

  private static <T> T parse(String key, String value, Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (RuntimeException e) {
      // Configuration, not PHI: naming the key and value helps operators.
      throw new IllegalArgumentException(PREFIX + key + " = '" + value + "' does not parse", e);
    }
  }
}
