package io.followthrough.activities.referral;

import io.followthrough.referral.ReferralPolicy;
import io.followthrough.referral.ReferralPolicyActivities;
import io.followthrough.sdk.ActivityPolicies;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link ReferralPolicyActivities} from worker settings: each value of {@link
 * ReferralPolicy#defaults()} can be overridden under {@value #PREFIX}, and per site under {@code
 * followthrough.referral.sites.<site>.}; unset values keep the default. Durations are ISO-8601
 * ({@code P2D}, {@code PT4H}), lists comma-separated, quiet hours {@code 21:00-08:00}. See
 * docs/referral.md for every key.
 */
public final class SettingsReferralPolicy implements ReferralPolicyActivities {

  /** Prefix of every setting. */
  public static final String PREFIX = "followthrough.referral.";

  private final Function<String, Optional<String>> settings;

  /** Reads settings through {@code settings}, e.g. {@code ModuleEnvironment::setting}. */
  public SettingsReferralPolicy(Function<String, Optional<String>> settings) {
    this.settings = settings;
  }

  @Override
  public ReferralPolicy policy(String site) {
    try {
      return read(site);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw ApplicationFailure.newNonRetryableFailure(
          "invalid referral policy"
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
  public ReferralPolicy read(String site) {
    ReferralPolicy d = ReferralPolicy.defaults();
    Lookup s = new Lookup(settings, site);
    List<String> specialties = s.list("specialties", d.knownSpecialties());
    Map<String, List<String>> required = new LinkedHashMap<>();
    required.put(
        ReferralPolicy.DEFAULT_SPECIALTY,
        s.list("required-fields.default", d.requiredFieldsFor(null)));
    for (String specialty : specialties) {
      required.put(
          specialty, s.list("required-fields." + specialty, d.requiredFieldsFor(specialty)));
    }
    LocalTime[] quiet = s.quietHours(d.quietStart(), d.quietEnd());
    return new ReferralPolicy(
        required,
        s.durations("outreach-waits", d.outreachWaits()),
        s.durations("urgent-outreach-waits", d.urgentOutreachWaits()),
        s.durations("missing-info-waits", d.missingInfoWaits()),
        s.durations("urgent-missing-info-waits", d.urgentMissingInfoWaits()),
        s.integer("missing-info-rounds", d.missingInfoRounds()),
        s.integer("no-show-limit", d.noShowLimit()),
        s.integer("max-outreach-rounds", d.maxOutreachRounds()),
        quiet[0],
        quiet[1],
        s.text("practice-zone", d.practiceZone()),
        s.text("default-language", d.defaultLanguage()),
        s.bool("create-patient", d.createPatientAllowed()),
        s.decimal("reply-confidence", d.replyConfidenceThreshold()),
        s.duration("task-escalate-after", d.taskEscalateAfter()),
        s.duration("urgent-task-escalate-after", d.urgentTaskEscalateAfter()),
        s.duration("appointment-reminder-before", d.appointmentReminderBefore()),
        s.integer("slot-search-days", d.slotSearchDays()),
        s.integer("urgent-slot-search-days", d.urgentSlotSearchDays()),
        s.duration("visit-poll-every", d.visitPollEvery()),
        s.duration("visit-confirm-within", d.visitConfirmWithin()),
        s.text("practice-name", d.practiceName()),
        s.text("schedule-link-base", d.scheduleLinkBase()),
        s.integer("history-max-events", (int) d.historyMaxEvents()));
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
