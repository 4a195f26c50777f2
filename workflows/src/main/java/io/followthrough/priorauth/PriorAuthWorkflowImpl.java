package io.followthrough.priorauth;

import io.followthrough.channels.Channel;
import io.followthrough.drafting.Audience;
import io.followthrough.drafting.Draft;
import io.followthrough.drafting.DraftRequest;
import io.followthrough.drafting.DraftingActivities;
import io.followthrough.drafting.DraftingOptions;
import io.followthrough.sdk.ActivityPolicies;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.HumanTaskSpec;
import io.followthrough.sdk.IdempotencyKeys;
import io.followthrough.sdk.Outcome;
import io.followthrough.sdk.OutcomeWorkflowBase;
import io.followthrough.sdk.Stage;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.sdk.TimelineKind;
import io.temporal.activity.ActivityOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class PriorAuthWorkflowImpl extends OutcomeWorkflowBase implements PriorAuthWorkflow {

  /** Drafting purpose of the appeal letter (offline template or hosted model). */
  static final String APPEAL_PURPOSE = "prior-auth-appeal";

  private static final ActivityOptions PAYER_WRITES =
      ActivityPolicies.outbound().toBuilder()
          .setRetryOptions(
              ActivityPolicies.outbound().getRetryOptions().toBuilder()
                  .setDoNotRetry(PayerActivities.NON_RETRYABLE.toArray(String[]::new))
                  .build())
          .build();
  private static final ActivityOptions PAYER_READS =
      ActivityPolicies.standard().toBuilder()
          .setRetryOptions(
              ActivityPolicies.standard().getRetryOptions().toBuilder()
                  .setDoNotRetry(PayerActivities.NON_RETRYABLE.toArray(String[]::new))
                  .build())
          .build();

  private final PriorAuthPolicyActivities policies =
      Workflow.newActivityStub(PriorAuthPolicyActivities.class, ActivityPolicies.standard());
  private final PayerActivities payerWrites =
      Workflow.newActivityStub(PayerActivities.class, PAYER_WRITES);
  private final PayerActivities payerReads =
      Workflow.newActivityStub(PayerActivities.class, PAYER_READS);
  private final DraftingActivities drafting =
      Workflow.newActivityStub(DraftingActivities.class, DraftingOptions.defaults());
  private final SchedulingQueueActivities scheduler =
      Workflow.newActivityStub(SchedulingQueueActivities.class, ActivityPolicies.outbound());

  private PriorAuthInput input;
  private PriorAuthPolicy policy = PriorAuthPolicy.defaults();
  private final List<PacketDocument> documents = new ArrayList<>();
  private String serviceCode;
  private String trackingId;
  private PayerStatus last;
  private int appeals;
  private int requests;
  private long decisionDueAt;
  private Long appealDueAt;
  private String authNumber;
  private String disposition;
  private boolean schedulerTold;
  private boolean nudged;
  private boolean appealWindowClosed;
  private int appealWindows;
  private List<String> answeredItems = List.of();

  public PriorAuthWorkflowImpl() {
    super(OUTCOME_TYPE);
  }

  @Override
  public PriorAuthResult run(PriorAuthInput in) {
    this.input = in;
    outcome.site(in.site());
    String problem = problem(in);
    if (problem != null) {
      outcome.fail("invalid-input");
      throw ApplicationFailure.newNonRetryableFailure(problem, ActivityPolicies.INVALID_INPUT);
    }
    documents.addAll(in.documents());
    outcome.enterStage(PriorAuthStages.CHECK_RULES);
    try {
      policy = policies.policy(in.site());
    } catch (ActivityFailure e) {
      // A misconfigured site must not strand the order: go on with the defaults, on record.
      outcome.record(TimelineKind.ATTEMPT_FAILED, "policy:" + failureType(e));
    }
    AuthRule rule;
    try {
      rule = policies.rule(in.payer(), in.specialty(), in.serviceCode());
    } catch (ActivityFailure e) {
      // Unknown whether it is needed: asking the payer is the safe side.
      outcome.record(TimelineKind.ATTEMPT_FAILED, "rules:" + failureType(e));
      rule = new AuthRule(true, null, 0);
    }
    if (!rule.required()) {
      return finish("not-required", "not-required");
    }
    serviceCode = in.serviceCode() != null ? in.serviceCode() : rule.serviceCode();
    int decisionDays =
        rule.decisionDays() > 0 ? rule.decisionDays() : policy.decisionDeadlineDays();

    outcome.enterStage(PriorAuthStages.ASSEMBLE);
    outcome.record(TimelineKind.NOTE, "documents-" + documents.size());
    if (serviceCode == null) {
      // Nothing to submit without a service code: a person decides.
      return finalDecision("no-service-code");
    }
    String end = submit();
    if (end != null) {
      return finish(end, "not-authorized");
    }
    decisionDueAt = now() + Duration.ofDays(decisionDays).toMillis();
    while (true) {
      PayerStatus s = awaitDecision();
      if (s == null) {
        String res = overdue();
        if ("keep-waiting".equals(res)) {
          decisionDueAt = now() + policy.overdueExtension().toMillis();
          continue;
        }
        if ("approved-by-phone".equals(res)) {
          return finish("approved-by-phone", "approved");
        }
        return finish("closed-by-staff", "not-authorized");
      }
      switch (s.decision()) {
        case APPROVED -> {
          authNumber = s.authNumber();
          return finish("approved", "approved");
        }
        case MORE_INFO -> answerRequest(s);
        case DENIED -> {
          if (s.finalDecision() || appeals >= policy.maxAppeals()) {
            return finalDecision(s.finalDecision() ? "denial-final" : "appeals-spent");
          }
          String after = appeal(s);
          if (after != null) {
            return after.startsWith("final-")
                ? finish(after, finalResult(after))
                : finish(after, "not-authorized");
          }
          decisionDueAt = now() + Duration.ofDays(decisionDays).toMillis();
        }
        default -> throw new IllegalStateException("unexpected decision " + s.decision());
      }
    }
  }

  /** Submits the packet; null when submitted, else the disposition a person chose. */
  private String submit() {
    Stage stage = PriorAuthStages.submit(policy);
    while (true) {
      try {
        AuthPacket packet = packet();
        trackingId =
            outcome.runStage(
                stage, attempt -> payerWrites.submit(packet, IdempotencyKeys.forStep("submit", 1)));
        outcome.record(TimelineKind.NOTE, "submitted");
        return null;
      } catch (ApplicationFailure e) {
        if (!Outcome.STAGE_EXHAUSTED.equals(e.getType())) {
          throw e;
        }
        HumanTask task =
            outcome.awaitHumanTask(
                task(PriorAuthResolutions.SUBMISSION_FAILED, "coordinator")
                    .withEscalation(policy.rfiAnswerDeadline(), "supervisor"));
        if (!"retry".equals(task.resolution())) {
          return "closed-by-staff";
        }
      }
    }
  }

  /**
   * Polls the payer with backoff (a {@code payerUpdate} signal polls at once) until it answers
   * something other than PENDING; null when the decision deadline passes first. Transient payer
   * outages beyond the activity's retries are recorded and polled again at the next interval.
   */
  private PayerStatus awaitDecision() {
    outcome.enterStage(
        Stage.named(PriorAuthStages.AWAIT_DECISION)
            .withDeadline(Duration.ofMillis(Math.max(1, decisionDueAt - now()))));
    int poll = 0;
    while (true) {
      nudged = false;
      PayerStatus s = null;
      try {
        outcome.record(TimelineKind.ATTEMPT, "poll");
        s = payerReads.status(trackingId);
        last = s;
      } catch (ActivityFailure e) {
        outcome.record(TimelineKind.ATTEMPT_FAILED, failureType(e));
      }
      if (s != null
          && s.decision() != PayerDecision.PENDING
          && !(s.decision() == PayerDecision.MORE_INFO
              && s.requestedItems().equals(answeredItems))) {
        return s;
      }
      long left = decisionDueAt - now();
      if (left <= 0) {
        return null;
      }
      long wait = Math.min(policy.pollWait(poll++).toMillis(), left);
      Workflow.await(Duration.ofMillis(wait), () -> nudged);
    }
  }

  /** The payer's deadline passed: a coordinator decides. */
  private String overdue() {
    outcome.record(TimelineKind.NOTE, "payer-deadline-passed");
    HumanTask task =
        outcome.awaitHumanTask(
            task(PriorAuthResolutions.PAYER_OVERDUE, "coordinator")
                .withPriority(2)
                .withEscalation(policy.rfiAnswerDeadline(), "supervisor"));
    return task.resolution();
  }

  /**
   * Answers a request for information: items on file go at once; for the others a coordinator
   * attaches them (signal {@code attach}) or answers by phone.
   */
  private void answerRequest(PayerStatus s) {
    requests++;
    outcome.enterStage(
        Stage.named(PriorAuthStages.ANSWER_REQUEST).withDeadline(policy.rfiAnswerDeadline()));
    List<String> items = s.requestedItems();
    // The payer may show this request until it has read the answer: do not answer it twice.
    answeredItems = items;
    boolean byPhone = false;
    if (!missing(items).isEmpty()) {
      HumanTask task =
          outcome.awaitHumanTask(
              task(PriorAuthResolutions.MORE_INFO, "coordinator")
                  .withContext("items", String.join(",", missing(items)))
                  .withEscalation(policy.rfiAnswerDeadline(), "supervisor"),
              () -> missing(items).isEmpty());
      byPhone = "answered-by-phone".equals(task.resolution());
    } else {
      outcome.record(TimelineKind.NOTE, "answered-from-file");
    }
    if (!byPhone) {
      List<PacketDocument> answer =
          documents.stream().filter(d -> items.contains(d.kind())).toList();
      String key = IdempotencyKeys.forStep(PriorAuthStages.ANSWER_REQUEST, requests);
      outcome.runStage(
          Stage.named(PriorAuthStages.ANSWER_REQUEST + "-send"),
          attempt -> {
            payerWrites.answerRequest(trackingId, items, answer, key);
            return null;
          });
    }
  }

  /** Items the payer asked for that are not on file. */
  private List<String> missing(List<String> items) {
    return items.stream()
        .filter(item -> documents.stream().noneMatch(d -> d.kind().equals(item)))
        .toList();
  }

  /**
   * Drafts an appeal, has a clinician sign it before the appeal window closes, and files it. Null
   * when filed (polling goes on with the appeal's tracking id), else the disposition.
   */
  private String appeal(PayerStatus denial) {
    long deniedAt = now();
    appealDueAt = deniedAt + Duration.ofDays(policy.appealWindowDays()).toMillis();
    appealWindowClosed = false;
    int window = ++appealWindows;
    Workflow.newTimer(Duration.ofMillis(appealDueAt - deniedAt))
        .thenApply(
            r -> {
              // Only this denial's window: an earlier appeal's timer must not close a later one.
              if (window == appealWindows) {
                appealWindowClosed = true;
              }
              return r;
            });
    outcome.enterStage(PriorAuthStages.DRAFT_APPEAL);
    Draft draft = null;
    try {
      draft = drafting.draft(appealRequest(denial));
      outcome.record(TimelineKind.NOTE, "appeal-drafted");
    } catch (ActivityFailure e) {
      // The clinician writes the letter by hand: the task says so.
      outcome.record(TimelineKind.ATTEMPT_FAILED, "draft:" + failureType(e));
    }
    outcome.enterStage(
        Stage.named(PriorAuthStages.APPEAL_SIGN_OFF)
            .withDeadline(Duration.ofMillis(appealDueAt - now())));
    // Escalate after the usual wait, but at the latest well before the window closes.
    long latest = appealDueAt - policy.appealEscalateBefore().toMillis() - now();
    Duration escalateAfter =
        Duration.ofMillis(
            Math.max(60_000, Math.min(policy.signOffEscalateAfter().toMillis(), latest)));
    HumanTask task =
        outcome.awaitHumanTask(
            task(PriorAuthResolutions.APPEAL_SIGN_OFF, "clinician")
                .withContext("denialReason", code(denial.reasonCode()))
                .withContext("draft", draft == null ? "none" : draft.templateId())
                .withContext("appealDueAt", String.valueOf(appealDueAt))
                .withPriority(2)
                .withEscalation(escalateAfter, "supervisor"),
            () -> appealWindowClosed);
    if (task.status() != HumanTask.Status.COMPLETED) {
      outcome.record(TimelineKind.NOTE, "appeal-window-closed");
      return finalDecisionCode("appeal-window-closed");
    }
    if ("abandon".equals(task.resolution())) {
      return "appeal-abandoned";
    }
    appeals++;
    AppealPacket packet =
        new AppealPacket(
            trackingId,
            denial.reasonCode(),
            draft == null ? null : draft.templateId(),
            draft == null ? null : draft.body(),
            documents,
            task.completedBy());
    String key = IdempotencyKeys.forStep(PriorAuthStages.SUBMIT_APPEAL, appeals);
    String denied = trackingId;
    trackingId =
        outcome.runStage(
            Stage.named(PriorAuthStages.SUBMIT_APPEAL)
                .withRetryBudget(policy.submitRetryBudget())
                .withRetryBackoff(PriorAuthStages.SUBMIT_BACKOFF),
            attempt -> payerWrites.submitAppeal(denied, packet, key));
    appealDueAt = null;
    return null;
  }

  private DraftRequest appealRequest(PayerStatus denial) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("practice_name", "Followthrough Specialty Clinic");
    facts.put("auth_ref", trackingId);
    facts.put("service_code", serviceCode);
    facts.put("denial_reason", code(denial.reasonCode()));
    facts.put("payer", input.payer());
    if (!input.diagnosisCodes().isEmpty()) {
      facts.put("diagnosis_codes", String.join(",", input.diagnosisCodes()));
    }
    if (!documents.isEmpty()) {
      facts.put(
          "documents", String.join(",", documents.stream().map(PacketDocument::kind).toList()));
    }
    return new DraftRequest(APPEAL_PURPOSE, Audience.STAFF, Channel.FAX, "en", facts);
  }

  /** A supervisor's final decision; completes the outcome with it. */
  private PriorAuthResult finalDecision(String why) {
    String code = finalDecisionCode(why);
    return finish(code, finalResult(code));
  }

  private String finalDecisionCode(String why) {
    outcome.enterStage(PriorAuthStages.FINAL_DECISION);
    HumanTask task =
        outcome.awaitHumanTask(
            task(PriorAuthResolutions.FINAL_DECISION, "supervisor")
                .withContext("why", why)
                .withPriority(2));
    return "final-" + task.resolution();
  }

  private static String finalResult(String code) {
    return "final-approved-by-phone".equals(code) ? "approved" : "not-authorized";
  }

  /** Tells the scheduler and completes with {@code code}. */
  private PriorAuthResult finish(String code, String result) {
    disposition = code;
    SchedulingNotice notice =
        new SchedulingNotice(
            Workflow.getInfo().getWorkflowId(),
            input.orderKey(),
            input.appointmentId(),
            result,
            authNumber,
            code);
    try {
      outcome.runStage(
          PriorAuthStages.NOTIFY_SCHEDULER,
          attempt ->
              scheduler.notifyScheduler(
                  notice, IdempotencyKeys.forStep(PriorAuthStages.NOTIFY_SCHEDULER.name(), 1)));
      schedulerTold = true;
    } catch (ApplicationFailure e) {
      // Four hours of retries spent: the outcome still ends, on record.
      outcome.record(TimelineKind.NOTE, "scheduler-not-told");
    }
    outcome.complete(code);
    return new PriorAuthResult(code, authNumber, appeals, schedulerTold);
  }

  private HumanTaskSpec task(String reason, String role) {
    HumanTaskSpec spec =
        HumanTaskSpec.forRole(role, reason).withContext("orderKey", input.orderKey());
    if (trackingId != null) {
      spec = spec.withContext("trackingId", trackingId);
    }
    return spec.withContext("payer", input.payer());
  }

  private AuthPacket packet() {
    return new AuthPacket(
        input.orderKey(),
        input.patientRef(),
        input.payer(),
        input.specialty(),
        serviceCode,
        input.diagnosisCodes(),
        documents);
  }

  private static String problem(PriorAuthInput in) {
    if (in == null) {
      return "input is required";
    }
    if (blank(in.orderKey()) || blank(in.patientRef()) || blank(in.payer())) {
      return "orderKey, patientRef and payer are required";
    }
    if (blank(in.specialty()) && blank(in.serviceCode())) {
      return "a specialty or a serviceCode is required";
    }
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String code(String s) {
    return s == null || s.isBlank() ? "unspecified" : s;
  }

  private static String failureType(ActivityFailure e) {
    Throwable cause = e.getCause();
    if (cause instanceof ApplicationFailure a) {
      return a.getType();
    }
    return cause == null ? "activity" : cause.getClass().getSimpleName();
  }

  private static long now() {
    return Workflow.currentTimeMillis();
  }

  @Override
  public void payerUpdate(String tracking) {
    nudged = true;
  }

  @Override
  public void attach(PacketDocument document) {
    if (document != null
        && !blank(document.kind())
        && !blank(document.documentId())
        && !documents.contains(document)) {
      documents.add(document);
    }
  }

  @Override
  public PriorAuthView priorAuth() {
    return new PriorAuthView(
        input == null ? null : input.orderKey(),
        input == null ? null : input.payer(),
        serviceCode,
        trackingId,
        last == null ? null : last.decision().name(),
        last == null ? null : last.reasonCode(),
        last == null ? List.of() : last.requestedItems(),
        documents.size(),
        appeals,
        decisionDueAt == 0 ? null : decisionDueAt,
        appealDueAt,
        authNumber,
        disposition,
        schedulerTold);
  }

  @Override
  public void validateCompleteTask(TaskCompletion completion) {
    super.validateCompleteTask(completion);
    for (HumanTask task : outcome.state().tasks()) {
      if (task.id().equals(completion.taskId())) {
        String problem = PriorAuthResolutions.problem(task.reason(), completion.resolution());
        if (problem != null) {
          throw new IllegalArgumentException(problem);
        }
      }
    }
  }
}
