package io.followthrough.workers.sandbox;

import io.followthrough.activities.practice.PracticeSandbox;
import io.followthrough.workers.ops.WorkflowTypes;
import io.followthrough.workers.triggers.OutcomeStarter;
import io.followthrough.workers.triggers.OutcomeTrigger;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.temporal.client.WorkflowClient;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;

/**
 * The process's practice sandbox for the HTTP layer: the very instances the worker's {@code
 * PracticeSandboxModule} hands to activities ({@link PracticeSandbox#forDataDirectory} on the same
 * data directory), built on first use so the dev stack does not wait for it.
 */
@Factory
@Requires(condition = SandboxEnabled.class)
public class SandboxBeans {

  @Singleton
  SandboxEventRelay relay(
      BeanProvider<WorkflowClient> client,
      MeterRegistry meters,
      List<OutcomeTrigger> triggers,
      WorkflowTypes types) {
    return new SandboxEventRelay(
        client::get, meters, triggers, new OutcomeStarter(client::get, types));
  }

  @Singleton
  PracticeSandbox sandbox(
      @Value("${followthrough.data-dir:.followthrough}") String dataDirectory,
      SandboxEventRelay relay) {
    PracticeSandbox sandbox = PracticeSandbox.forDataDirectory(Path.of(dataDirectory));
    relay.subscribeTo(sandbox);
    return sandbox;
  }
}
