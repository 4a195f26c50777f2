package io.followthrough.activities.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.ai.llm.LlmSettings;
import io.followthrough.activities.channels.ChannelSimulator;
import io.followthrough.activities.channels.SentMessage;
import io.followthrough.activities.channels.SimulatedChannelActivities;
import io.followthrough.activities.drafting.llm.LlmDrafting;
import io.followthrough.activities.drafting.local.LocalDrafting;
import io.followthrough.activities.drafting.probe.DraftAndSendWorkflow;
import io.followthrough.activities.drafting.probe.DraftAndSendWorkflowImpl;
import io.followthrough.activities.practice.SandboxPracticeSystem;
import io.followthrough.channels.Channel;
import io.followthrough.drafting.Audience;
import io.followthrough.drafting.DraftingActivities;
import io.followthrough.sdk.ModuleEnvironment;
import io.followthrough.sdk.OutcomeModule;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftingModuleTest {
  @TempDir Path data;

  record Env(Path dataDirectory, Map<String, String> settings) implements ModuleEnvironment {
    @Override
    public Optional<String> setting(String key) {
      return Optional.ofNullable(settings.get(key));
    }

    @Override
    public boolean devMode() {
      return true;
    }
  }

  @Test
  void isDiscoveredAndRegistersOnlyTheOfflineActivitiesByDefault() {
    assertTrue(
        ServiceLoader.load(OutcomeModule.class).stream()
            .anyMatch(p -> p.type() == DraftingModule.class));
    DraftingModule module = new DraftingModule();
    assertEquals("drafting", module.name());
    assertTrue(module.workflowImplementationTypes().isEmpty());
    List<Object> activities = module.activityImplementations(new Env(data, Map.of()));
    assertEquals(1, activities.size());
    assertInstanceOf(LocalDrafting.class, activities.get(0));
  }

  @Test
  void aHostedProviderIsChosenBySettingsAndNeedsItsKey() {
    Map<String, String> openai =
        Map.of(LlmSettings.PROVIDER_SETTING, "openai", LlmSettings.MODEL_SETTING, "gpt-4o-mini");
    IllegalArgumentException noKey =
        assertThrows(
            IllegalArgumentException.class,
            () -> DraftingProviders.create(k -> Optional.ofNullable(openai.get(k)), k -> null));
    assertTrue(noKey.getMessage().contains(LlmSettings.API_KEY_ENV), noKey.getMessage());
    DraftingActivities hosted =
        DraftingProviders.create(
            k -> Optional.ofNullable(openai.get(k)),
            k -> k.equals(LlmSettings.API_KEY_ENV) ? "sk-test" : null);
    assertInstanceOf(LlmDrafting.class, hosted);

    IllegalArgumentException noModel =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                DraftingProviders.create(
                    k ->
                        k.equals(LlmSettings.PROVIDER_SETTING)
                            ? Optional.of("anthropic")
                            : Optional.empty(),
                    k -> "sk-test"));
    assertTrue(noModel.getMessage().contains(LlmSettings.MODEL_SETTING));
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                DraftingProviders.create(
                    k ->
                        k.equals(LlmSettings.PROVIDER_SETTING)
                            ? Optional.of("gemini")
                            : Optional.empty(),
                    k -> null));
    assertTrue(unknown.getMessage().startsWith(LlmSettings.PROVIDER_SETTING + " must be"));
    assertFalse(noKey.getMessage().contains("sk-test"));
  }

  @Test
  void aWorkflowDraftsThenSendsTheBodyAndBadInputIsNotRetried() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T14:00:00Z"), ZoneOffset.UTC);
    ChannelSimulator simulator =
        new ChannelSimulator(SandboxPracticeSystem.demo(42, clock).contacts(), clock);
    try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
      Worker worker = env.newWorker(OutcomeModule.DEFAULT_TASK_QUEUE);
      worker.registerWorkflowImplementationTypes(DraftAndSendWorkflowImpl.class);
      List<Object> activities =
          new DraftingModule().activityImplementations(new Env(data, Map.of()));
      worker.registerActivitiesImplementations(activities.toArray());
      worker.registerActivitiesImplementations(new SimulatedChannelActivities(simulator));
      env.start();

      String id =
          probe(env, "referral/fax-1")
              .run(
                  DraftFixtures.request(
                      "referral-outreach",
                      Audience.PATIENT,
                      Channel.SMS,
                      "es",
                      DraftFixtures.ALL_FACTS),
                  "pt-0001");
      SentMessage sent = simulator.outbox(Channel.SMS).get(0);
      assertEquals(id, sent.messageId());
      assertEquals("referral-outreach.patient.sms", sent.templateId());
      assertEquals("es", sent.language());
      assertTrue(sent.body().startsWith("Hola Ana,"), "the simulator sent the drafted body");

      String failed =
          probe(env, "referral/fax-2")
              .run(
                  DraftFixtures.request(
                      "referral-outreach", Audience.PATIENT, Channel.SMS, "en", Map.of()),
                  "pt-0001");
      assertEquals("failed:" + DraftingActivities.INVALID_INPUT, failed);
      assertEquals(1, simulator.sent().size());
    }
  }

  private static DraftAndSendWorkflow probe(TestWorkflowEnvironment env, String id) {
    return env.getWorkflowClient()
        .newWorkflowStub(
            DraftAndSendWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(id)
                .setTaskQueue(OutcomeModule.DEFAULT_TASK_QUEUE)
                .build());
  }
}
