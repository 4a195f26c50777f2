package io.followthrough.activities.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.referral.ReferralWorkflowImpl;
import io.followthrough.sdk.OutcomeModule;
import io.followthrough.testkit.TestModuleEnvironment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
  void aBadDefaultPolicyStopsTheWorkerAtStart() {
    TestModuleEnvironment env =
        new TestModuleEnvironment(data, Map.of("followthrough.referral.no-show-limit", "many"));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> new ReferralModule().activityImplementations(env));
    assertTrue(e.getMessage().contains("followthrough.referral.no-show-limit"));
  }
}
