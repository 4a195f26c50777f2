package io.followthrough.activities.faxrouting;

import io.followthrough.faxrouting.FaxRoutingPolicy;
import io.followthrough.faxrouting.FaxRoutingPolicyActivities;
import io.followthrough.sdk.ActivityPolicies;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link FaxRoutingPolicyActivities} from worker settings: each value of {@link
 * FaxRoutingPolicy#defaults()} can be overridden under {@value #PREFIX}, and per site under {@code
 * followthrough.faxrouting.sites.<site>.}; unset values keep the default. Durations are ISO-8601
 * ({@code PT24H}), lists comma-separated. See docs/fax-routing.md for every key.
 */
public final class SettingsFaxRoutingPolicy implements FaxRoutingPolicyActivities {

  /** Prefix of every setting. */
  public static final String PREFIX = "followthrough.faxrouting.";

  private final Function<String, Optional<String>> settings;

  /** Reads settings through {@code settings}, e.g. {@code ModuleEnvironment::setting}. */
  public SettingsFaxRoutingPolicy(Function<String, Optional<String>> settings) {
    this.settings = settings;
  }

  @Override
  public FaxRoutingPolicy policy(String site) {
    try {
      return read(site);
    } catch (IllegalArgumentException e) {
      throw ApplicationFailure.newNonRetryableFailure(
          "invalid fax routing policy"
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
  public FaxRoutingPolicy read(String site) {
    FaxRoutingPolicy d = FaxRoutingPolicy.defaults();
    Map<String, String> queues = new LinkedHashMap<>();
    for (String type : FaxRoutingPolicy.TYPES) {
      queues.put(type, text(site, "queues." + type, d.queues().get(type)));
    }
    try {
      return new FaxRoutingPolicy(
          decimal(site, "type-confidence", d.typeConfidence()),
          decimal(site, "patient-confidence", d.patientFieldConfidence()),
          queues,
          list(site, "acknowledgement-types", d.acknowledgementTypes()),
          durations(site, "acknowledgement-waits", d.acknowledgementWaits()),
          list(site, "sender-acknowledgement-types", d.senderAcknowledgementTypes()),
          duration(site, "task-escalate-after", d.taskEscalateAfter()),
          text(site, "practice-name", d.practiceName()));
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(PREFIX)) {
        throw e;
      }
      // The record names the key without the prefix: name the whole setting.
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

  private double decimal(String site, String key, double fallback) {
    return raw(site, key).map(v -> parse(key, v, Double::parseDouble)).orElse(fallback);
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
      // The value is configuration, not PHI: naming the key and the problem helps operators.
      throw new IllegalArgumentException(PREFIX + key + " = '" + value + "' does not parse", e);
    }
  }
}
