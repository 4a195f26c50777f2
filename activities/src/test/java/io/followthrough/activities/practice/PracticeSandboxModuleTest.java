package io.followthrough.activities.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.channels.SimulatedChannelActivities;
import io.followthrough.sdk.ModuleEnvironment;
import io.followthrough.sdk.OutcomeModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticeSandboxModuleTest {
  @TempDir Path data;

  record Env(Path dataDirectory, boolean devMode, Map<String, String> settings)
      implements ModuleEnvironment {
    @Override
    public Optional<String> setting(String key) {
      return Optional.ofNullable(settings.get(key));
    }
  }

  @Test
  void isDiscoveredThroughServiceLoader() {
    assertTrue(
        ServiceLoader.load(OutcomeModule.class).stream()
            .anyMatch(p -> p.type() == PracticeSandboxModule.class));
  }

  @Test
  void devModeRegistersBothSandboxActivitiesAndNoWorkflow() {
    PracticeSandboxModule module = new PracticeSandboxModule();
    List<Object> activities = module.activityImplementations(new Env(data, true, Map.of()));

    assertEquals("practice-sandbox", module.name());
    assertTrue(module.workflowImplementationTypes().isEmpty());
    assertEquals(2, activities.size());
    assertTrue(activities.get(0) instanceof SandboxPracticeActivities);
    assertTrue(activities.get(1) instanceof SimulatedChannelActivities);
    assertTrue(Files.exists(data.resolve("practice/sandbox.json")));
  }

  @Test
  void productionRegistersNothingAndWritesNoFile() {
    List<Object> activities =
        new PracticeSandboxModule().activityImplementations(new Env(data, false, Map.of()));

    assertTrue(activities.isEmpty());
    assertTrue(Files.notExists(data.resolve("practice")));
  }

  @Test
  void theSettingTurnsItOnOutsideDevMode() {
    Env off = new Env(data, false, Map.of(PracticeSandboxModule.ENABLED_SETTING, "false"));
    Env on = new Env(data, false, Map.of(PracticeSandboxModule.ENABLED_SETTING, "true"));

    assertTrue(new PracticeSandboxModule().activityImplementations(off).isEmpty());
    assertEquals(2, new PracticeSandboxModule().activityImplementations(on).size());
  }

  @Test
  void oneSandboxPerDataDirectory() {
    PracticeSandbox a = PracticeSandbox.forDataDirectory(data);
    PracticeSandbox b = PracticeSandbox.forDataDirectory(data.resolve("x").resolve(".."));

    assertSame(a, b);
    assertSame(a.practice(), b.practice());
    assertSame(a.channels(), b.channels());
    assertEquals(50, a.practice().patients().size());
  }
}
