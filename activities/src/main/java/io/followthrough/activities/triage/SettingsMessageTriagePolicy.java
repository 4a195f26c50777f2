package io.followthrough.activities.triage;

import io.followthrough.sdk.ActivityPolicies;
import io.followthrough.triage.MessageTriagePolicy;
import io.followthrough.triage.MessageTriagePolicyActivities;
import io.temporal.failure.ApplicationFailure;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@link MessageTriagePolicyActivities} from worker settings: every value of {@link
 * MessageTriagePolicy#defaults()} can be overridden under {@value #PREFIX}, and per site under
 * {@code followthrough.triage.sites.<site>.}. Durations ISO-8601 ({@code PT5M}), lists
 * comma-separated, office hours {@code 08:00-17:00}, office days {@code MON,TUE,WED,THU,FRI}. See
 * docs/message-triage.md.
 */
public final class SettingsMessageTriagePolicy implements MessageTriagePolicyActivities {

  /** Prefix of every setting. */
  public static final String PREFIX = "followthrough.triage.";

  private final Function<String, Optional<String>> settings;

  public SettingsMessageTriagePolicy(Function<String, Optional<String>> settings) {
    this.settings = settings;
  }

  @Override
  public MessageTriagePolicy policy(String site) {
    try {
      return read(site);
    } catch (RuntimeException e) {
      throw ApplicationFailure.newNonRetryableFailure(
          "invalid message triage policy"
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
  public MessageTriagePolicy read(String site) {
    MessageTriagePolicy d = MessageTriagePolicy.defaults();
    String zone = text(site, "zone", d.zone());
    LocalTime[] hours = officeHours(site, d.officeOpen(), d.officeClose());
    try {
      ZoneId.of(zone);
      return new MessageTriagePolicy(
          zone,
          hours[0],
          hours[1],
          days(site, d.officeDays()),
          list(site, "on-call-roster", d.onCallRoster()),
          text(site, "backup-on-call", d.backupOnCall()),
          durations(site, "emergency-ack-timeouts", d.emergencyAckTimeouts()),
          durations(site, "urgent-ack-timeouts", d.urgentAckTimeouts()),
          duration(site, "callback-wait", d.callbackWait()),
          duration(site, "task-escalate-after", d.taskEscalateAfter()),
          duration(site, "supervisor-escalate-after", d.supervisorEscalateAfter()),
          text(site, "practice-name", d.practiceName()),
          text(site, "default-language", d.defaultLanguage()));
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException(PREFIX + "zone = '" + zone + "' is not a time zone", e);
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(PREFIX)) {
        throw e;
      }
      throw new IllegalArgumentException(PREFIX + e.getMessage(), e);
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

  private String text(String site, String key, String fallback) {
    return raw(site, key).filter(v -> !v.isEmpty()).orElse(fallback);
  }

  private List<String> list(String site, String key, List<String> fallback) {
    return raw(site, key)
        .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList())
        .orElse(fallback);
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

  private Set<DayOfWeek> days(String site, Set<DayOfWeek> fallback) {
    return raw(site, "office-days")
        .map(
            v ->
                parse(
                    "office-days",
                    v,
                    x -> {
                      Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
                      for (String part : x.split(",")) {
                        String p = part.trim().toUpperCase(Locale.ROOT);
                        if (p.isEmpty()) {
                          continue;
                        }
                        out.add(
                            Arrays.stream(DayOfWeek.values())
                                .filter(day -> day.name().startsWith(p) && p.length() >= 3)
                                .findFirst()
                                .orElseThrow(() -> new IllegalArgumentException("unknown day")));
                      }
                      return (Set<DayOfWeek>) out;
                    }))
        .orElse(fallback);
  }

  private LocalTime[] officeHours(String site, LocalTime open, LocalTime close) {
    return raw(site, "office-hours")
        .map(
            v ->
                parse(
                    "office-hours",
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
        .orElse(new LocalTime[] {open, close});
  }

  private static <T> T parse(String key, String value, Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(PREFIX + key + " = '" + value + "' does not parse", e);
    }
  }
}
