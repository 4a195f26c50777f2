package io.followthrough.activities.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.referral.ReferralWorkflowImpl;
import io.followthrough.referral.SelfScheduleLinks;
import io.followthrough.sdk.ModuleEnvironment;
import io.followthrough.sdk.OutcomeModule;
import io.followthrough.testkit.TestModuleEnvironment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferralModuleTest {
  @TempDir Path data;

  @Test
  void isDiscoveredThroughServiceLoader() {
    assertTrue(
        ServiceLoader.load(OutcomeModule.class).stream()
            .anyMatch(p -> p.type() == ReferralModule.class));
  }

  @Test
  void registersTheWorkflowAndThePolicyActivity() {
    ReferralModule module = new ReferralModule();
    List<Object> activities = module.activityImplementations(new TestModuleEnvironment(data));

    assertEquals("referral", module.name());
    assertEquals(OutcomeModule.DEFAULT_TASK_QUEUE, module.taskQueue());
    assertEquals(List.of(ReferralWorkflowImpl.class), module.workflowImplementationTypes());
    assertEquals(1, activities.size());
    assertTrue(activities.get(0) instanceof SettingsReferralPolicy);
  }

  @Test
  void withTheSandboxTheLinkLeadsToItsSchedulePage() {
    String base = ReferralModule.LINK_BASE_SETTING;
    assertEquals(
        "http://127.0.0.1:8080/sandbox/schedule/",
        ReferralModule.settings(new TestModuleEnvironment(data)).apply(base).orElseThrow());
    assertEquals(
        "http://127.0.0.1:9001/sandbox/schedule/",
        ReferralModule.settings(
                new TestModuleEnvironment(
                    data, Map.of(SelfScheduleLinks.BASE_URL_SETTING, "http://127.0.0.1:9001")))
            .apply(base)
            .orElseThrow());
    assertEquals(
        "https://book.example.org/r/",
        ReferralModule.settings(
                new TestModuleEnvironment(data, Map.of(base, "https://book.example.org/r/")))
            .apply(base)
            .orElseThrow());
    ModuleEnvironment production =
        new ModuleEnvironment() {
          @Override
          public Path dataDirectory() {
            return data;
          }

          @Override
          public Optional<String> setting(String key) {
            return Optional.empty();
          }

          @Override
          public boolean devMode() {
            return false;
          }
        };
    assertTrue(
        ReferralModule.settings(production).apply(base).isEmpty(),
        "no sandbox: the policy's own default");
  }

  @Test
  void aBadDefaultPolicyStopsTheWorkerAtStart() {
    TestModuleEnvironment env =
        new TestModuleEnvironment(data, Map.of("followthrough.referral.no-show-limit", "many"));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> new ReferralModule().activityImplementations(env));
    assertTrue(e.getMessage().contains("followthrough.referral.no-show-limit"));
  }
}
