package io.followthrough.activities.priorauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.payer.SandboxPayerActivities;
import io.followthrough.priorauth.PriorAuthPolicy;
import io.followthrough.sdk.ModuleEnvironment;
import io.temporal.failure.ApplicationFailure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsPriorAuthPolicyTest {

  static SettingsPriorAuthPolicy with(Map<String, String> values) {
    return new SettingsPriorAuthPolicy(
        k -> Optional.ofNullable(values.get(k)), PayerRules.bundled());
  }

  @Test
  void unsetValuesKeepTheDefaults() {
    assertEquals(PriorAuthPolicy.defaults(), with(Map.of()).read(null));
  }

  @Test
  void settingsAndSiteSettingsOverride() {
    SettingsPriorAuthPolicy p =
        with(
            Map.of(
                "followthrough.priorauth.poll-backoff", "PT5S, PT10S",
                "followthrough.priorauth.appeal-window-days", "60",
                "followthrough.priorauth.sites.north.appeal-window-days", "20",
                "followthrough.priorauth.sign-off-escalate-after", "PT4H",
                "followthrough.priorauth.rfi-answer-deadline", "P1D",
                "followthrough.priorauth.payer-decision-deadline-days", "5"));
    PriorAuthPolicy global = p.read(null);
    assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(10)), global.pollBackoff());
    assertEquals(Duration.ofSeconds(10), global.pollWait(7), "the last wait repeats");
    assertEquals(60, global.appealWindowDays());
    assertEquals(20, p.read("north").appealWindowDays());
    assertEquals(Duration.ofHours(4), global.signOffEscalateAfter());
    assertEquals(Duration.ofDays(1), global.rfiAnswerDeadline());
    assertEquals(5, global.decisionDeadlineDays());
  }

  @Test
  void aBadValueIsRefusedNamingTheSetting() {
    SettingsPriorAuthPolicy p = with(Map.of("followthrough.priorauth.poll-backoff", "soon"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.read(null));
    assertEquals("followthrough.priorauth.poll-backoff = 'soon' does not parse", e.getMessage());
    ApplicationFailure f = assertThrows(ApplicationFailure.class, () -> p.policy(null));
    assertEquals("InvalidInput", f.getType());
    IllegalArgumentException window =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                with(Map.of("followthrough.priorauth.appeal-escalate-before", "P40D")).read(null));
    assertTrue(window.getMessage().contains("appeal-escalate-before"), window.getMessage());
  }

  @Test
  void theModuleStopsTheWorkerOnABadDefaultAndAddsTheSandboxPayerInDevMode(@TempDir Path dir) {
    PriorAuthModule module = new PriorAuthModule();
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                module.activityImplementations(
                    env(dir, false, Map.of("followthrough.priorauth.max-appeals", "-1"))));
    assertTrue(e.getMessage().contains("followthrough.priorauth.max-appeals"), e.getMessage());
    assertEquals(1, module.activityImplementations(env(dir, false, Map.of())).size());
    List<Object> dev = module.activityImplementations(env(dir, true, Map.of()));
    assertTrue(dev.stream().anyMatch(a -> a instanceof SandboxPayerActivities), dev.toString());
  }

  private static ModuleEnvironment env(Path dir, boolean dev, Map<String, String> settings) {
    return new ModuleEnvironment() {
      @Override
      public Path dataDirectory() {
        return dir;
      }

      @Override
      public Optional<String> setting(String key) {
        return Optional.ofNullable(settings.get(key));
      }

      @Override
      public boolean devMode() {
        return dev;
      }
    };
  }
}
