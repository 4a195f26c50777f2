package io.followthrough.examples.labresult;

import io.followthrough.sdk.ActivityPolicies;
import io.followthrough.sdk.BusinessCalendar;
import io.followthrough.sdk.Confirmation;
import io.followthrough.sdk.ConfirmationResult;
import io.followthrough.sdk.Deadline;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.HumanTaskSpec;
import io.followthrough.sdk.IdempotencyKeys;
import io.followthrough.sdk.LadderResult;
import io.followthrough.sdk.Outcome;
import io.followthrough.sdk.OutcomeWorkflowBase;
import io.followthrough.sdk.TimelineKind;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

public class LabResultFollowUpWorkflowImpl extends OutcomeWorkflowBase
    implements LabResultFollowUpWorkflow {

  public LabResultFollowUpWorkflowImpl() {
    super(OUTCOME_TYPE);
  }

  /** Change id of version 1: tell the provider the loop is closed. */
  static final String CLOSE_LOOP_CHANGE = "close-loop-with-provider";

  private final LabResultActivities activities =
      Workflow.newActivityStub(LabResultActivities.class, ActivityPolicies.outbound());
  private final BusinessCalendar calendar = BusinessCalendar.standard();
  private final Confirmation confirmation =
      new Confirmation(Duration.ofHours(12), Duration.ofDays(3));
  private Acknowledgement acknowledgement;
  private PatientConfirmation patientConfirmation;

  @Override
  public LabResultFollowUpResult run(LabResultFollowUpInput input) {
    ZoneId zone = LabResultInputs.validate(input);
    String resultId = input.resultId();

    handOverIfExhausted(
        resultId,
        "provider-notification-failed",
        () ->
            outcome.runStage(
                LabResultStages.NOTIFY_PROVIDER,
                attempt -> {
                  activities.notifyProvider(resultId, input.abnormal(), sendKey());
                  return null;
                }));

    outcome.enterStage(LabResultStages.AWAIT_ACKNOWLEDGEMENT);
    LadderResult ladder =
        LabResultStages.ladder(input.abnormal(), resultId)
            .climb(
                outcome,
                () -> acknowledgement != null,
                (rung, level) -> activities.remindProvider(resultId, rung.channel(), key(level)));
    String acknowledgedBy =
        ladder.resolvedByHuman() ? ladder.task().completedBy() : acknowledgement.by();

    outcome.enterStage(LabResultStages.NOTIFY_PATIENT);
    Instant allowed = calendar.nextContactTime(Deadline.now(), zone);
    if (allowed.isAfter(Deadline.now())) {
      outcome.record(TimelineKind.DEFERRED, "quiet-hours");
      Deadline.sleepUntil(allowed);
    }
    handOverIfExhausted(
        resultId,
        "patient-notification-failed",
        () ->
            outcome.attempts(
                LabResultStages.NOTIFY_PATIENT,
                attempt -> {
                  activities.notifyPatient(resultId, sendKey());
                  return null;
                }));

    outcome.enterStage(LabResultStages.CONFIRM_PATIENT_INFORMED);
    ConfirmationResult confirmed =
        confirmation.await(
            outcome,
            () -> patientConfirmation != null,
            poll -> activities.checkPatientInformed(resultId, key(poll)));
    String how = confirmed == ConfirmationResult.CONFIRMED_BY_SIGNAL ? "signal" : "poll";
    if (confirmed == ConfirmationResult.NOT_CONFIRMED) {
      HumanTask task =
          outcome.awaitHumanTask(
              HumanTaskSpec.forRole("coordinator", "patient-not-confirmed")
                  .withContext("resultId", resultId),
              () -> patientConfirmation != null);
      how = task.status() == HumanTask.Status.COMPLETED ? "staff" : "signal";
    }

    // Added after launch: workflows started before this change (DEFAULT_VERSION in their history)
    // skip it, so their histories still replay; every new run closes the loop with the provider.
    // It also keeps a completing Update and the workflow's end in separate workflow tasks.
    int version = Workflow.getVersion(CLOSE_LOOP_CHANGE, Workflow.DEFAULT_VERSION, 1);
    if (version >= 1) {
      activities.closeLoop(resultId, IdempotencyKeys.forStep("close-loop", 1));
    }

    outcome.complete("patient-informed");
    return new LabResultFollowUpResult(resultId, acknowledgedBy, ladder.level(), how);
  }

  /** Nothing fails silently: a stage that spends its budget goes to a coordinator. */
  private void handOverIfExhausted(String resultId, String reason, Runnable stage) {
    try {
      stage.run();
    } catch (ApplicationFailure e) {
      if (!Outcome.STAGE_EXHAUSTED.equals(e.getType())) {
        throw e;
      }
      outcome.awaitHumanTask(
          HumanTaskSpec.forRole("coordinator", reason).withContext("resultId", resultId));
    }
  }

  /**
   * One key per logical send: a stage re-attempt repeats the same send, so an adapter that already
   * sent it (say, before a timeout) drops the repeat instead of messaging twice.
   */
  private String sendKey() {
    return key(1);
  }

  private String key(int step) {
    return IdempotencyKeys.forStep(outcome.stage(), step);
  }

  @Override
  public void acknowledge(Acknowledgement ack) {
    if (acknowledgement == null) {
      acknowledgement = ack == null || ack.by() == null ? new Acknowledgement("unspecified") : ack;
      outcome.record(TimelineKind.EVIDENCE, "acknowledged");
    }
  }

  @Override
  public void patientConfirmed(PatientConfirmation confirmation) {
    if (patientConfirmation == null) {
      patientConfirmation =
          confirmation == null ? new PatientConfirmation("unspecified") : confirmation;
    }
  }
}
