package io.followthrough.workers.priorauth;

import io.followthrough.activities.payer.SandboxPayer;
import io.followthrough.activities.payer.Submission;
import io.followthrough.workers.sandbox.SandboxEnabled;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.temporal.client.WorkflowClient;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's sandbox payer for the HTTP layer: the instance the worker's {@code PriorAuthModule}
 * hands to activities (same data directory). A decision forced over HTTP is announced to the
 * submission's workflow as the {@code payerUpdate} signal, as a real payer's status notification
 * would be, so it polls at once.
 */
@Factory
@Requires(condition = SandboxEnabled.class)
public class PayerSandboxBeans {
  private static final Logger log = LoggerFactory.getLogger(PayerSandboxBeans.class);

  /** Signal telling a prior authorization that its submission changed. */
  public static final String PAYER_UPDATE_SIGNAL = "payerUpdate";

  @Singleton
  SandboxPayer sandboxPayer(
      @Value("${followthrough.data-dir:.followthrough}") String dataDirectory,
      BeanProvider<WorkflowClient> client) {
    SandboxPayer payer = SandboxPayer.forDataDirectory(Path.of(dataDirectory));
    payer.addListener(submission -> announce(client, submission));
    return payer;
  }

  private static void announce(BeanProvider<WorkflowClient> client, Submission submission) {
    if (submission.workflowId() == null) {
      return;
    }
    try {
      client
          .get()
          .newUntypedWorkflowStub(submission.workflowId())
          .signal(PAYER_UPDATE_SIGNAL, submission.trackingId());
    } catch (RuntimeException e) {
      // The workflow finds the decision at its next poll anyway.
      log.info(
          "payer update of {} for {} not signalled ({})",
          submission.trackingId(),
          submission.workflowId(),
          e.getClass().getSimpleName());
    }
  }
}
