package io.followthrough.activities.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.channels.Channel;
import io.followthrough.readiness.ReadinessPolicy;
import io.followthrough.sdk.ModuleEnvironment;
import io.temporal.failure.ApplicationFailure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsReadinessPolicyTest {

  static SettingsReadinessPolicy of(Map<String, String> settings) {
    return new SettingsReadinessPolicy(k -> Optional.ofNullable(settings.get(k)));
  }

  @Test
  void withoutSettingsThePolicyIsTheDefault() {
    assertEquals(ReadinessPolicy.defaults(), of(Map.of()).read(null));
  }

  @Test
  void settingsOverrideTheDefaultsAndASiteOverridesThem() {
    SettingsReadinessPolicy p =
        of(
            Map.of(
                "followthrough.readiness.ask-channels", "sms,email",
                "followthrough.readiness.ask-waits", "PT12H",
                "followthrough.readiness.recheck-every", "PT1H",
                "followthrough.readiness.escalate-before", "P5D",
                "followthrough.readiness.deadline-before", "PT48H",
                "followthrough.readiness.deadline-decision.intake_forms", "reschedule",
                "followthrough.readiness.required-items.dermatology", "intake_forms,photo_id",
                "followthrough.readiness.specialties", "dermatology",
                "followthrough.readiness.sites.north.deadline-decision.referral", "proceed"));
    ReadinessPolicy global = p.read(null);
    assertEquals(List.of(Channel.SMS, Channel.EMAIL), global.askChannels());
    assertEquals(List.of(Duration.ofHours(12)), global.askWaits());
    assertEquals(Duration.ofHours(1), global.recheckEvery());
    assertEquals(Duration.ofDays(5), global.escalateBefore());
    assertEquals(Duration.ofHours(48), global.deadlineBefore());
    assertEquals("reschedule", global.deadlineDecisions().get("intake_forms"));
    assertEquals(List.of("intake_forms", "photo_id"), global.requiredFor("dermatology"));
    assertEquals(global.requiredFor(null), global.requiredFor("cardiology"), "not listed");
    assertEquals("reschedule", global.deadlineDecisions().get("referral"));
    assertEquals("proceed", p.read("north").deadlineDecisions().get("referral"));
  }

  @Test
  void badValuesNameTheSetting() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> of(Map.of("followthrough.readiness.recheck-every", "often")).read(null));
    assertTrue(e.getMessage().contains("followthrough.readiness.recheck-every"), e.getMessage());

    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                of(Map.of("followthrough.readiness.deadline-decision.photo_id", "maybe"))
                    .read(null));
    assertTrue(e.getMessage().contains("deadline-decision.photo_id"), e.getMessage());

    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> of(Map.of("followthrough.readiness.ask-waits", "P1D")).read(null));
    assertTrue(e.getMessage().contains("ask-waits"), e.getMessage());

    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> of(Map.of("followthrough.readiness.escalate-before", "PT12H")).read(null));
    assertTrue(e.getMessage().contains("escalate-before"), e.getMessage());

    ApplicationFailure f =
        assertThrows(
            ApplicationFailure.class,
            () ->
                of(Map.of("followthrough.readiness.sites.x.required-items.default", "tea"))
                    .policy("x"));
    assertEquals("InvalidInput", f.getType());
    assertTrue(f.getOriginalMessage().contains("required-items"), f.getOriginalMessage());
  }

  @Test
  void aBadDefaultPolicyStopsTheModuleNamingTheSetting(@TempDir Path dir) {
    ModuleEnvironment env =
        new TestEnvironment(dir, Map.of("followthrough.readiness.ask-channels", "pigeon"));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> new ReadinessModule().activityImplementations(env));
    assertTrue(e.getMessage().contains("followthrough.readiness.ask-channels"), e.getMessage());
  }

  /** A module environment of settings only. */
  record TestEnvironment(Path dataDirectory, Map<String, String> settings)
      implements ModuleEnvironment {
    @Override
    public Optional<String> setting(String key) {
      return Optional.ofNullable(settings.get(key));
    }

    @Override
    public boolean devMode() {
      return false;
    }
  }
}
