package io.followthrough.activities.refill;

import io.followthrough.refill.RefillPolicy;
import io.followthrough.refill.RefillPolicyActivities;
import io.followthrough.sdk.ActivityPolicies;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link RefillPolicyActivities} from worker settings: each value of {@link
 * RefillPolicy#defaults()} can be overridden under {@value #PREFIX}, and per site under {@code
 * followthrough.refill.sites.<site>.}; unset values keep the default. Durations are ISO-8601
 * ({@code PT4H}), lists comma-separated. See docs/refill.md for every key.
 */
public final class SettingsRefillPolicy implements RefillPolicyActivities {

  /** Prefix of every setting. */
  public static final String PREFIX = "followthrough.refill.";

  private final Function<String, Optional<String>> settings;

  /** Reads settings through {@code settings}, e.g. {@code ModuleEnvironment::setting}. */
  public SettingsRefillPolicy(Function<String, Optional<String>> settings) {
    this.settings = settings;
  }

  @Override
  public RefillPolicy policy(String site) {
    try {
      return read(site);
    } catch (IllegalArgumentException e) {
      throw ApplicationFailure.newNonRetryableFailure(
          "invalid refill policy"
              + (site == null ? "" : " for site " + site)
              + ": "
              + e.getMessage(),
          ActivityPolicies.INVALID_INPUT);
    }
  }

  /**
   * The policy of {@code site} (null for the default).
   *
   * @throws IllegalArgumentException naming the setting when a value does not parse or the policy
   *     is inconsistent
   */
  public RefillPolicy read(String site) {
    RefillPolicy d = RefillPolicy.defaults();
    Lookup s = new Lookup(settings, site);
    String controlled = s.text("controlled-rule", "clinician");
    if (!controlled.equals("clinician")) {
      throw new IllegalArgumentException(
          PREFIX
              + "controlled-rule = '"
              + controlled
              + "': only 'clinician' is supported (controlled substances always go to a"
              + " clinician)");
    }
    try {
      return new RefillPolicy(
          s.integer("max-months-since-visit", d.maxMonthsSinceVisit()),
          s.integer("controlled-max-months-since-visit", d.controlledMaxMonthsSinceVisit()),
          s.bool("auto-approve", d.autoApprove()),
          s.text("prescriber-role", d.prescriberRole()),
          s.duration("prescriber-escalate-after", d.prescriberEscalateAfter()),
          s.list("prescriber-escalation-roles", d.prescriberEscalationRoles()),
          s.duration("coordinator-escalate-after", d.coordinatorEscalateAfter()),
          s.durations("pharmacy-confirm-waits", d.pharmacyConfirmWaits()),
          s.integer("visit-search-days", d.visitSearchDays()),
          s.text("visit-specialty", d.visitSpecialty()),
          s.text("practice-name", d.practiceName()),
          s.text("practice-zone", d.practiceZone()),
          s.text("default-language", d.defaultLanguage()));
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(PREFIX)) {
        throw e;
      }
      throw new IllegalArgumentException(PREFIX + "*: " + e.getMessage(), e);
    }
  }

  /** Settings of one site, falling back to the global ones. */
  private record Lookup(Function<String, Optional<String>> settings, String site) {

    Optional<String> raw(String key) {
      if (site != null && !site.isBlank()) {
        Optional<String> own = settings.apply(PREFIX + "sites." + site + "." + key);
        if (own.isPresent()) {
          return own.map(String::trim);
        }
      }
      return settings.apply(PREFIX + key).map(String::trim);
    }

    String text(String key, String fallback) {
      return raw(key).filter(v -> !v.isEmpty()).orElse(fallback);
    }

    List<String> list(String key, List<String> fallback) {
      return raw(key)
          .map(
              v -> Arrays.stream(v.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList())
          .orElse(fallback);
    }

    int integer(String key, int fallback) {
      return raw(key).map(v -> parse(key, v, Integer::parseInt)).orElse(fallback);
    }

    boolean bool(String key, boolean fallback) {
      return raw(key)
          .map(
              v ->
                  parse(
                      key,
                      v,
                      x -> {
                        if (!x.equalsIgnoreCase("true") && !x.equalsIgnoreCase("false")) {
                          throw new IllegalArgumentException("not true or false");
                        }
                        return Boolean.parseBoolean(x);
                      }))
          .orElse(fallback);
    }

    Duration duration(String key, Duration fallback) {
      return raw(key).map(v -> parse(key, v, Duration::parse)).orElse(fallback);
    }

    List<Duration> durations(String key, List<Duration> fallback) {
      return raw(key)
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

    private <T> T parse(String key, String value, Function<String, T> parser) {
      try {
        return parser.apply(value);
      } catch (RuntimeException e) {
        // The value is configuration, not PHI: naming the key and the problem helps operators.
        throw new IllegalArgumentException(PREFIX + key + " = '" + value + "' does not parse", e);
      }
    }
  }
}
