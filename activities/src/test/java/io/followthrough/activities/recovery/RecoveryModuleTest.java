package io.followthrough.activities.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.practice.SandboxWaitlistActivities;
import io.followthrough.recovery.CancellationRecoveryWorkflowImpl;
import io.followthrough.recovery.RecoveryPolicy;
import io.followthrough.sdk.ModuleEnvironment;
import io.followthrough.sdk.OutcomeModule;
import io.temporal.failure.ApplicationFailure;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryModuleTest {
  @TempDir Path data;

  record Env(Path dataDirectory, boolean devMode, Map<String, String> settings)
      implements ModuleEnvironment {
    @Override
    public Optional<String> setting(String key) {
      return Optional.ofNullable(settings.get(key));
    }
  }

  @Test
  void isDiscoveredAndRegistersTheWorkflowThePolicyAndInDevTheSandboxWaitlist() {
    assertTrue(
        ServiceLoader.load(OutcomeModule.class).stream()
            .anyMatch(p -> p.type() == RecoveryModule.class));
    RecoveryModule module = new RecoveryModule();
    assertEquals(
        List.of(CancellationRecoveryWorkflowImpl.class), module.workflowImplementationTypes());
    List<Object> dev = module.activityImplementations(new Env(data, true, Map.of()));
    assertEquals(2, dev.size());
    assertTrue(dev.get(0) instanceof SettingsRecoveryPolicy);
    assertTrue(dev.get(1) instanceof SandboxWaitlistActivities);
    List<Object> prod = module.activityImplementations(new Env(data, false, Map.of()));
    assertEquals(1, prod.size(), "no fake waitlist in production");
  }

  @Test
  void aBadDefaultStopsTheWorkerNamingTheSetting() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                new RecoveryModule()
                    .activityImplementations(
                        new Env(data, false, Map.of("followthrough.recovery.wave-size", "0"))));
    assertTrue(e.getMessage().contains("followthrough.recovery.wave-size"), e.getMessage());
    IllegalStateException unreadable =
        assertThrows(
            IllegalStateException.class,
            () ->
                new RecoveryModule()
                    .activityImplementations(
                        new Env(data, false, Map.of("followthrough.recovery.wave-wait", "soon"))));
    assertTrue(
        unreadable.getMessage().contains("followthrough.recovery.wave-wait"),
        unreadable.getMessage());
  }

  @Test
  void settingsAndSiteOverridesMakeThePolicy() {
    SettingsRecoveryPolicy policies =
        new SettingsRecoveryPolicy(
            key ->
                Optional.ofNullable(
                    Map.of(
                            "followthrough.recovery.wave-size", "5",
                            "followthrough.recovery.rebook-waits", "PT4H,PT8H,P1D",
                            "followthrough.recovery.quiet-hours", "20:00-09:00",
                            "followthrough.recovery.sites.north.wave-wait", "PT15M")
                        .get(key)));
    RecoveryPolicy global = policies.policy(null);
    assertEquals(5, global.waveSize());
    assertEquals(Duration.ofMinutes(30), global.waveWait());
    assertEquals(
        List.of(Duration.ofHours(4), Duration.ofHours(8), Duration.ofDays(1)),
        global.rebookWaits());
    assertEquals(LocalTime.of(20, 0), global.quietStart());
    assertEquals(Duration.ofMinutes(15), policies.policy("north").waveWait());
    assertEquals(
        RecoveryPolicy.defaults(), new SettingsRecoveryPolicy(k -> Optional.empty()).read(null));

    SettingsRecoveryPolicy bad =
        new SettingsRecoveryPolicy(
            key ->
                key.equals("followthrough.recovery.sites.south.rebook-waits")
                    ? Optional.of("P1D")
                    : Optional.empty());
    ApplicationFailure f = assertThrows(ApplicationFailure.class, () -> bad.policy("south"));
    assertEquals("InvalidInput", f.getType());
    assertTrue(f.getOriginalMessage().contains("rebook-waits"), f.getOriginalMessage());
  }
}
