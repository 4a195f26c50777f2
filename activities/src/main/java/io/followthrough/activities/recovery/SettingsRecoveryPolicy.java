package io.followthrough.activities.recovery;

import io.followthrough.recovery.RecoveryPolicy;
import io.followthrough.recovery.RecoveryPolicyActivities;
import io.followthrough.sdk.ActivityPolicies;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link RecoveryPolicyActivities} from worker settings: each value of {@link
 * RecoveryPolicy#defaults()} can be overridden under {@value #PREFIX}, and per site under {@code
 * followthrough.recovery.sites.<site>.}. Durations are ISO-8601, lists comma-separated, quiet hours
 * {@code 21:00-08:00}. See docs/cancellation-recovery.md for every key.
 */
public final class SettingsRecoveryPolicy implements RecoveryPolicyActivities {

  /** Prefix of every setting. */
  public static final String PREFIX = "followthrough.recovery.";

  private final Function<String, Optional<String>> settings;

  /** Reads settings through {@code settings}, e.g. {@code ModuleEnvironment::setting}. */
  public SettingsRecoveryPolicy(Function<String, Optional<String>> settings) {
    this.settings = settings;
  }

  @Override
  public RecoveryPolicy policy(String site) {
    try {
      return read(site);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw ApplicationFailure.newNonRetryableFailure(
          "invalid recovery policy"
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
  public RecoveryPolicy read(String site) {
    RecoveryPolicy d = RecoveryPolicy.defaults();
    Lookup s = new Lookup(settings, site);
    LocalTime[] quiet = s.quietHours(d.quietStart(), d.quietEnd());
    String zone = s.text("practice-zone", d.practiceZone());
    try {
      ZoneId.of(zone);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(PREFIX + "practice-zone: unknown zone " + zone);
    }
    try {
      return new RecoveryPolicy(
          s.integer("wave-size", d.waveSize()),
          s.duration("wave-wait", d.waveWait()),
          s.integer("max-waves", d.maxWaves()),
          s.duration("min-lead", d.minLead()),
          s.integer("max-travel-minutes", d.maxTravelMinutes()),
          s.durations("rebook-waits", d.rebookWaits()),
          s.integer("max-rebook-rounds", d.maxRebookRounds()),
          s.integer("rebook-search-days", d.rebookSearchDays()),
          s.list("no-rebook-reasons", d.noRebookReasons()),
          quiet[0],
          quiet[1],
          zone,
          s.text("default-language", d.defaultLanguage()),
          s.text("practice-name", d.practiceName()),
          s.decimal("reply-confidence", d.replyConfidence()),
          s.duration("task-escalate-after", d.taskEscalateAfter()));
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(PREFIX)) {
        throw e;
      }
      // RecoveryPolicy names the key ("wave-size must be ..."): prefix it with the setting's path.
      throw new IllegalArgumentException(PREFIX + e.getMessage(), e);
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

    double decimal(String key, double fallback) {
      return raw(key).map(v -> parse(key, v, Double::parseDouble)).orElse(fallback);
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

    LocalTime[] quietHours(LocalTime start, LocalTime end) {
      return raw("quiet-hours")
          .map(
              v ->
                  parse(
                      "quiet-hours",
                      v,
                      x -> {
                        String[] parts = x.split("-");
                        if (parts.length != 2) {
                          throw new IllegalArgumentException("not HH:MM-HH:MM");
                        }
                        return new LocalTime[] {
                          LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim())
                        };
                      }))
          .orElse(new LocalTime[] {start, end});
    }

    private static <T> T parse(String key, String value, Function<String, T> parser) {
      try {
        return parser.apply(value);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(PREFIX + key + ": cannot read '" + value + "'");
      }
    }
  }
}
