package io.followthrough.activities.readiness;

import io.followthrough.channels.Channel;
import io.followthrough.readiness.ReadinessItems;
import io.followthrough.readiness.ReadinessPolicy;
import io.followthrough.readiness.ReadinessPolicyActivities;
import io.followthrough.sdk.ActivityPolicies;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link ReadinessPolicyActivities} from worker settings: each value of {@link
 * ReadinessPolicy#defaults()} can be overridden under {@value #PREFIX}, and per site under {@code
 * followthrough.readiness.sites.<site>.}; unset values keep the default. Durations are ISO-8601,
 * lists comma-separated, quiet hours {@code 21:00-08:00}. See docs/intake-readiness.md.
 */
public final class SettingsReadinessPolicy implements ReadinessPolicyActivities {

  /** Prefix of every setting. */
  public static final String PREFIX = "followthrough.readiness.";

  private final Function<String, Optional<String>> settings;

  public SettingsReadinessPolicy(Function<String, Optional<String>> settings) {
    this.settings = settings;
  }

  @Override
  public ReadinessPolicy policy(String site) {
    try {
      return read(site);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw ApplicationFailure.newNonRetryableFailure(
          "invalid readiness policy"
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
  public ReadinessPolicy read(String site) {
    ReadinessPolicy d = ReadinessPolicy.defaults();
    Lookup s = new Lookup(settings, site);
    List<String> specialties = s.list("specialties", d.knownSpecialties());
    Map<String, List<String>> required = new LinkedHashMap<>();
    required.put(
        ReadinessPolicy.DEFAULT_SPECIALTY, s.list("required-items.default", d.requiredFor(null)));
    for (String specialty : specialties) {
      required.put(specialty, s.list("required-items." + specialty, d.requiredFor(specialty)));
    }
    Map<String, String> decisions = new LinkedHashMap<>();
    for (String item : ReadinessItems.ALL) {
      decisions.put(
          item,
          s.text("deadline-decision." + item, d.deadlineDecisions().get(item))
              .toLowerCase(Locale.ROOT));
    }
    List<Channel> channels =
        s.list("ask-channels", d.askChannels().stream().map(Channel::name).toList()).stream()
            .map(c -> s.parse("ask-channels", c, x -> Channel.valueOf(x.toUpperCase(Locale.ROOT))))
            .toList();
    LocalTime[] quiet = s.quietHours(d.quietStart(), d.quietEnd());
    try {
      return new ReadinessPolicy(
          required,
          channels,
          s.durations("ask-waits", d.askWaits()),
          s.duration("recheck-every", d.recheckEvery()),
          s.duration("escalate-before", d.escalateBefore()),
          s.duration("deadline-before", d.deadlineBefore()),
          decisions,
          quiet[0],
          quiet[1],
          s.text("practice-zone", d.practiceZone()),
          s.text("default-language", d.defaultLanguage()),
          s.duration("task-escalate-after", d.taskEscalateAfter()),
          s.text("practice-name", d.practiceName()),
          s.text("form-link-base", d.formLinkBase()));
    } catch (IllegalArgumentException e) {
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
                          throw new IllegalArgumentException("expected HH:MM-HH:MM");
                        }
                        return new LocalTime[] {
                          LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim())
                        };
                      }))
          .orElse(new LocalTime[] {start, end});
    }

    <T> T parse(String key, String value, Function<String, T> parser) {
      try {
        return parser.apply(value);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(PREFIX + key + " = '" + value + "' does not parse", e);
      }
    }
  }
}
