package io.followthrough.workers.sandbox;

import io.followthrough.referral.ReferralView;
import io.followthrough.referral.ReferralWorkflow;
import io.followthrough.referral.SelfScheduleLinks;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowQueryException;
import jakarta.inject.Singleton;

/**
 * Resolves a self-schedule token to its referral workflow and asks the workflow (its {@code
 * referral} query) which patient, specialty and urgency the link is for: the sandbox stores nothing
 * per link, and what the patient sees is what the workflow knows now.
 */
@Singleton
@Requires(condition = SandboxEnabled.class)
final class SelfScheduleTargets {
  private final BeanProvider<WorkflowClient> client;

  SelfScheduleTargets(BeanProvider<WorkflowClient> client) {
    this.client = client;
  }

  SelfScheduleTarget resolve(String token) {
    String workflowId =
        SelfScheduleLinks.workflowId(token)
            .orElseThrow(
                () ->
                    new SelfScheduleException(
                        HttpStatus.NOT_FOUND, "LinkNotFound", "not a self-schedule link"));
    ReferralView view;
    try {
      view = client.get().newWorkflowStub(ReferralWorkflow.class, workflowId).referral();
    } catch (WorkflowNotFoundException | WorkflowQueryException e) {
      // Unknown workflow, or one that is not a referral (no such query).
      throw new SelfScheduleException(
          HttpStatus.NOT_FOUND, "LinkNotFound", "no referral behind this link");
    } catch (RuntimeException e) {
      throw new SelfScheduleException(
          HttpStatus.SERVICE_UNAVAILABLE,
          "WorkflowUnavailable",
          "the referral cannot answer now (" + e.getClass().getSimpleName() + "); try again");
    }
    if (view.disposition() != null) {
      throw new SelfScheduleException(
          HttpStatus.GONE,
          "ReferralClosed",
          "this referral is closed (" + view.disposition() + ")");
    }
    if (view.patientRef() == null || view.specialty() == null) {
      throw new SelfScheduleException(
          HttpStatus.CONFLICT, "NotReady", "this referral is not ready for scheduling yet");
    }
    return new SelfScheduleTarget(workflowId, view.patientRef(), view.specialty(), view.urgency());
  }
}
