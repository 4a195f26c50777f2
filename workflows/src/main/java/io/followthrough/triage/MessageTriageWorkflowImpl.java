package io.followthrough.triage;

import static io.followthrough.triage.MessageTriageStages.*;

import io.followthrough.channels.Channel;
import io.followthrough.channels.ChannelActivities;
import io.followthrough.channels.ChannelOptions;
import io.followthrough.channels.InboundMessage;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.channels.SendReceipt;
import io.followthrough.drafting.Draft;
import io.followthrough.refill.RefillInput;
import io.followthrough.refill.RefillWorkflow;
import io.followthrough.sdk.ActivityPolicies;
import io.followthrough.sdk.BusinessCalendar;
import io.followthrough.sdk.Deadline;
import io.followthrough.sdk.EscalationLadder;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.HumanTaskSpec;
import io.followthrough.sdk.IdempotencyKeys;
import io.followthrough.sdk.LadderResult;
import io.followthrough.sdk.Outcome;
import io.followthrough.sdk.OutcomeWorkflowBase;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.sdk.TimelineKind;
import io.temporal.api.enums.v1.ParentClosePolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.ChildWorkflowFailure;
import io.temporal.failure.TemporalFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

public class MessageTriageWorkflowImpl extends OutcomeWorkflowBase
    implements MessageTriageWorkflow {

  private final MessageTriagePolicyActivities policies =
      Workflow.newActivityStub(MessageTriagePolicyActivities.class, ActivityPolicies.standard());
  private final MessageTriageActivities ai =
      Workflow.newActivityStub(MessageTriageActivities.class, classifyOptions());
  private final ChannelActivities channels =
      Workflow.newActivityStub(ChannelActivities.class, ChannelOptions.defaults());
  private final OnCallActivities pager =
      Workflow.newActivityStub(OnCallActivities.class, pageOptions());

  private MessageTriagePolicy policy;
  private MessageTriageInput input;
  private MessageUrgency urgency;
  private boolean refill;
  private boolean afterHours;
  private String language;
  private String instructionsSent;
  private final List<String> pages = new ArrayList<>();
  private PagerResponse acknowledged;
  private String answeredBy;
  private String disposition;
  private String refillWorkflowId;

  public MessageTriageWorkflowImpl() {
    super(OUTCOME_TYPE);
  }

  @Override
  public MessageTriageResult run(MessageTriageInput in) {
    this.input = in;
    outcome.site(in.site());
    if (in.message() == null || in.message().fromRef() == null || in.message().channel() == null) {
      outcome.fail("invalid-input");
      throw ApplicationFailure.newNonRetryableFailure(
          "a triage needs a message with channel and sender", ActivityPolicies.INVALID_INPUT);
    }
    try {
      policy = policies.policy(in.site());
    } catch (ActivityFailure e) {
      // A misconfigured site must not leave a patient unanswered: defaults, on record.
      outcome.record(TimelineKind.ATTEMPT_FAILED, "policy:" + failureType(e));
      policy = MessageTriagePolicy.defaults();
      outcome.record(TimelineKind.NOTE, "policy-defaults-used");
    }
    BusinessCalendar calendar = policy.calendar();
    Instant received = Deadline.now();
    afterHours = !calendar.isBusinessTime(received, policy.zoneId());
    outcome.record(TimelineKind.NOTE, afterHours ? "after-hours" : "office-hours");

    classify();

    if (urgency == MessageUrgency.EMERGENCY) {
      outcome.enterStage(EMERGENCY_INSTRUCTIONS);
      Promise<Void> instructions = Async.procedure(this::sendInstructions);
      pageAndConfirm();
      instructions.get();
      return finish();
    }
    if (refill && urgency == MessageUrgency.ROUTINE) {
      handOffRefill();
      return finish();
    }
    if (urgency == MessageUrgency.URGENT && afterHours) {
      pageAndConfirm();
      return finish();
    }
    if (urgency == MessageUrgency.URGENT) {
      outcome.enterStage(SAME_DAY);
      staffTask(task("coordinator", URGENT_MESSAGE).withPriority(1));
      return finish();
    }
    outcome.enterStage(NEXT_BUSINESS_DAY);
    Instant open = calendar.nextBusinessTime(Deadline.now(), policy.zoneId());
    if (open.isAfter(Deadline.now())) {
      outcome.record(TimelineKind.DEFERRED, "office-closed");
      Deadline.sleepUntil(open);
    }
    staffTask(task("coordinator", ROUTINE_MESSAGE));
    return finish();
  }

  /** Stage {@code classify}; a coordinator decides when the classifier keeps failing. */
  private void classify() {
    InboundMessage m = input.message();
    try {
      TriageClassification c =
          outcome.runStage(
              CLASSIFY, attempt -> ai.classify(new ClassifyRequest(m.channel(), m.text())));
      urgency = c.urgency() == null ? MessageUrgency.URGENT : c.urgency();
      refill = c.refill();
      language = c.language();
      String provenance = c.provenance() == null ? "unknown" : c.provenance().code();
      outcome.record(
          TimelineKind.EVIDENCE,
          "ai:classify:"
              + urgency.name().toLowerCase(Locale.ROOT)
              + (refill ? "+refill" : "")
              + ":"
              + c.reasonCode()
              + ":"
              + provenance);
    } catch (ApplicationFailure e) {
      if (!Outcome.STAGE_EXHAUSTED.equals(e.getType())) {
        throw e;
      }
      HumanTask task =
          outcome.awaitHumanTask(
              task("coordinator", CLASSIFICATION_FAILED)
                  .withPriority(1)
                  .withEscalation(policy.callbackWait(), "supervisor"));
      String r = task.resolution();
      refill = "refill".equals(r);
      urgency =
          refill ? MessageUrgency.ROUTINE : MessageUrgency.valueOf(r.toUpperCase(Locale.ROOT));
      outcome.record(TimelineKind.NOTE, "classified-by-staff:" + r);
    }
    if (language == null) {
      language = policy.defaultLanguage();
    }
  }

  /** Emergency instructions to the patient now, beside the page (a failure does not stop it). */
  private void sendInstructions() {
    InboundMessage m = input.message();
    Channel channel = m.channel() == Channel.PORTAL ? Channel.PORTAL : Channel.SMS;
    String key = IdempotencyKeys.forStep(EMERGENCY_INSTRUCTIONS.name(), 1);
    try {
      Draft d = ai.emergencyInstructions(language, channel, policy.practiceName());
      SendReceipt receipt =
          channels.send(
              new OutboundMessage(
                  channel,
                  m.fromRef(),
                  d.templateId(),
                  d.variables(),
                  d.language(),
                  key,
                  d.body()));
      instructionsSent = key;
      outcome.record(TimelineKind.NOTE, "instructions:" + receipt.status());
    } catch (ActivityFailure e) {
      outcome.record(TimelineKind.ATTEMPT_FAILED, "instructions:" + failureType(e));
    }
  }

  /**
   * Stage {@code page-on-call}: the on-call is paged, then paged again, then the backup, then a
   * supervisor; stage {@code confirm-answered}: the callback confirmed or a supervisor asked.
   */
  private void pageAndConfirm() {
    outcome.enterStage(PAGE_ON_CALL);
    List<Duration> waits = policy.ackTimeouts(urgency);
    String onCall = policy.onCallOn(Deadline.now().atZone(policy.zoneId()).toLocalDate());
    page(onCall, "primary", 1);
    EscalationLadder ladder =
        EscalationLadder.builder()
            .rung("repage-on-call", "PAGER", waits.get(0))
            .rung("page-backup", "PAGER", waits.get(1))
            .humanTask(
                "supervisor-review",
                waits.get(2),
                task("supervisor", PAGE_UNANSWERED)
                    .withPriority(1)
                    .withEscalation(policy.supervisorEscalateAfter(), "medical-director"))
            .build();
    LadderResult climbed =
        ladder.climb(
            outcome,
            () -> acknowledged != null,
            (rung, level) ->
                page(
                    level == 1 ? onCall : policy.backupOnCall(),
                    level == 1 ? "repage" : "backup",
                    level + 1));
    if (climbed.resolvedByHuman()) {
      HumanTask t = climbed.task();
      if (CALLED_BACK.equals(t.resolution())) {
        answered(t.completedBy(), "answered-by-staff");
        return;
      }
      outcome.record(TimelineKind.NOTE, "on-call-reached-by:" + t.completedBy());
    } else if (acknowledged != null) {
      outcome.record(TimelineKind.NOTE, "acknowledged:" + acknowledged.action());
    }
    outcome.enterStage(CONFIRM_ANSWERED);
    if (answeredBy == null) {
      Workflow.await(policy.callbackWait(), () -> answeredBy != null);
    }
    if (answeredBy != null) {
      disposition = "answered";
      return;
    }
    HumanTask t =
        outcome.awaitHumanTask(
            task("supervisor", CALLBACK_NOT_CONFIRMED)
                .withPriority(1)
                .withEscalation(policy.supervisorEscalateAfter(), "medical-director"),
            () -> answeredBy != null);
    if (t.status() != HumanTask.Status.COMPLETED) {
      disposition = "answered";
    } else if (CALLED_BACK.equals(t.resolution())) {
      answered(t.completedBy(), "answered-by-staff");
    } else {
      disposition = t.resolution();
    }
  }

  /** Pages beside the ladder: a slow or failing pager does not delay the next rung. */
  private void page(String onCallRef, String step, int n) {
    Async.procedure(() -> pageNow(onCallRef, step, n));
  }

  private void pageNow(String onCallRef, String step, int n) {
    String key = IdempotencyKeys.forStep(PAGE_ON_CALL.name() + "." + step, n);
    try {
      PageReceipt receipt =
          pager.page(
              new PageRequest(
                  onCallRef,
                  urgency.name().toLowerCase(Locale.ROOT),
                  input.message().fromRef(),
                  input.message().channel().name().toLowerCase(Locale.ROOT),
                  key));
      pages.add(receipt.pageId());
      outcome.record(TimelineKind.ATTEMPT, "page:" + step);
    } catch (ActivityFailure e) {
      // The ladder climbs on: the next rung pages again, the last is a person.
      outcome.record(TimelineKind.ATTEMPT_FAILED, "page:" + failureType(e));
    }
  }

  /** A coordinator answers the patient (task at once, or next business day). */
  private void staffTask(HumanTaskSpec spec) {
    HumanTask t =
        outcome.awaitHumanTask(spec.withEscalation(policy.taskEscalateAfter(), "supervisor"));
    if (REPLIED.equals(t.resolution()) || CALLED_BACK.equals(t.resolution())) {
      answered(t.completedBy(), "answered");
    } else {
      disposition = "closed-by-staff";
    }
  }

  /** Hands the message to the refill outcome as an abandoned child. */
  private void handOffRefill() {
    outcome.enterStage(REFILL_HANDOFF);
    String key = Workflow.getInfo().getWorkflowId().substring(OUTCOME_TYPE.length() + 1);
    refillWorkflowId = RefillWorkflow.workflowId(key);
    RefillWorkflow child =
        Workflow.newChildWorkflowStub(
            RefillWorkflow.class,
            ChildWorkflowOptions.newBuilder()
                .setWorkflowId(refillWorkflowId)
                .setParentClosePolicy(ParentClosePolicy.PARENT_CLOSE_POLICY_ABANDON)
                .setWorkflowIdReusePolicy(
                    WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
                .build());
    Async.function(
        child::run,
        new RefillInput(
            OUTCOME_TYPE, null, null, input.message(), input.message().fromRef(), input.site()));
    try {
      Workflow.getWorkflowExecution(child).get();
      outcome.record(TimelineKind.NOTE, "refill-started");
    } catch (ChildWorkflowFailure e) {
      // Started before (a redelivered message): that outcome owns it.
      outcome.record(TimelineKind.NOTE, "refill-exists");
    }
    disposition = "refill-handoff";
  }

  private void answered(String by, String how) {
    answeredBy = by;
    disposition = how;
  }

  private HumanTaskSpec task(String role, String reason) {
    InboundMessage m = input.message();
    return HumanTaskSpec.forRole(role, reason)
        .withContext("patientRef", m.fromRef())
        .withContext("channel", m.channel().name())
        .withContext(
            "urgency", urgency == null ? "unknown" : urgency.name().toLowerCase(Locale.ROOT))
        .withContext("afterHours", Boolean.toString(afterHours));
  }

  private MessageTriageResult finish() {
    if (disposition == null) {
      disposition = "answered";
    }
    // After a human task: one more step, so the completing Update gets its answer first.
    Workflow.sleep(Duration.ofSeconds(1));
    outcome.complete(disposition);
    return new MessageTriageResult(urgency, disposition, answeredBy, refillWorkflowId);
  }

  private static String failureType(TemporalFailure e) {
    Throwable c = e.getCause();
    return c instanceof ApplicationFailure a ? a.getType() : e.getClass().getSimpleName();
  }

  @Override
  public void pager(PagerResponse response) {
    if (response == null) {
      return;
    }
    if (acknowledged == null) {
      acknowledged = response;
    }
    if (response.calledBack() && answeredBy == null) {
      answeredBy = response.by();
    }
  }

  @Override
  public MessageTriageView triage() {
    return new MessageTriageView(
        urgency,
        refill,
        afterHours,
        instructionsSent,
        List.copyOf(pages),
        acknowledged == null ? null : acknowledged.by(),
        answeredBy,
        outcome.stage().equals("completed") ? disposition : null);
  }

  @Override
  public void validateCompleteTask(TaskCompletion completion) {
    super.validateCompleteTask(completion);
    for (HumanTask task : outcome.state().tasks()) {
      if (task.id().equals(completion.taskId())) {
        String problem = MessageTriageStages.problem(task.reason(), completion.resolution());
        if (problem != null) {
          throw new IllegalArgumentException(problem);
        }
      }
    }
  }
}
