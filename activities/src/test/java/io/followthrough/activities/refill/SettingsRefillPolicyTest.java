package io.followthrough.activities.refill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.refill.RefillPolicy;
import io.followthrough.sdk.ModuleEnvironment;
import io.temporal.failure.ApplicationFailure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsRefillPolicyTest {

  private static SettingsRefillPolicy of(Map<String, String> settings) {
    return new SettingsRefillPolicy(k -> Optional.ofNullable(settings.get(k)));
  }

  @Test
  void unsetKeepsTheDefaults() {
    assertEquals(RefillPolicy.defaults(), of(Map.of()).read(null));
  }

  @Test
  void settingsAndSiteOverrides() {
    SettingsRefillPolicy p =
        of(
            Map.of(
                "followthrough.refill.max-months-since-visit", "6",
                "followthrough.refill.pharmacy-confirm-waits", "PT2H, PT6H",
                "followthrough.refill.prescriber-escalate-after", "PT12H",
                "followthrough.refill.sites.north.auto-approve", "true",
                "followthrough.refill.sites.north.prescriber-role", "prescriber"));
    RefillPolicy global = p.read(null);
    assertEquals(6, global.maxMonthsSinceVisit());
    assertEquals(List.of(Duration.ofHours(2), Duration.ofHours(6)), global.pharmacyConfirmWaits());
    assertEquals(1, global.pharmacyResends());
    assertEquals(Duration.ofHours(12), global.prescriberEscalateAfter());
    assertEquals(false, global.autoApprove());
    RefillPolicy north = p.policy("north");
    assertTrue(north.autoApprove());
    assertEquals("prescriber", north.prescriberRole());
    assertEquals(6, north.maxMonthsSinceVisit());
  }

  @Test
  void badValuesNameTheSetting() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> of(Map.of("followthrough.refill.pharmacy-confirm-waits", "4h")).read(null));
    assertTrue(
        e.getMessage().contains("followthrough.refill.pharmacy-confirm-waits"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> of(Map.of("followthrough.refill.controlled-rule", "auto")).read(null));
    assertTrue(e.getMessage().contains("followthrough.refill.controlled-rule"), e.getMessage());
    ApplicationFailure f =
        assertThrows(
            ApplicationFailure.class,
            () ->
                of(Map.of("followthrough.refill.sites.x.max-months-since-visit", "0")).policy("x"));
    assertEquals("InvalidInput", f.getType());
  }

  @Test
  void aBadDefaultPolicyStopsTheWorkerNamingTheSetting() {
    ModuleEnvironment env =
        new ModuleEnvironment() {
          @Override
          public Optional<String> setting(String key) {
            return key.equals("followthrough.refill.auto-approve")
                ? Optional.of("maybe")
                : Optional.empty();
          }

          @Override
          public Path dataDirectory() {
            return Path.of(".");
          }

          @Override
          public boolean devMode() {
            return true;
          }
        };
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> new RefillModule().activityImplementations(env));
    assertTrue(e.getMessage().contains("followthrough.refill.auto-approve"), e.getMessage());
  }
}
