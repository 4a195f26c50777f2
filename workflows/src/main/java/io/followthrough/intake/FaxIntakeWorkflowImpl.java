package io.followthrough.intake;

import io.followthrough.documents.DocumentFacts;
import io.followthrough.documents.DocumentIntakeActivities;
import io.followthrough.documents.DocumentIntakeOptions;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.HumanTaskSpec;
import io.followthrough.sdk.OutcomeWorkflowBase;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.sdk.TimelineKind;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

public class FaxIntakeWorkflowImpl extends OutcomeWorkflowBase implements FaxIntakeWorkflow {

  /** Change id of version 1: a referral starts (or supplements) the referral outcome. */
  static final String REFERRAL_CHILD_CHANGE = "route-referral-to-outcome";

  /**
   * Change id of version 1: a refill request starts the refill outcome, every other non-referral
   * type the fax routing outcome.
   */
  static final String DOCUMENT_CHILD_CHANGE = "route-documents-to-outcomes";

  public FaxIntakeWorkflowImpl() {
    super(OUTCOME_TYPE);
  }

  private final DocumentIntakeActivities documents =
      Workflow.newActivityStub(
          DocumentIntakeActivities.class, DocumentIntakeOptions.activityOptions());
  private FaxIntakeInput input;
  private DocumentFacts facts;
  private String rejection;
  private String routedType;
  private String decision;

  @Override
  public IntakeSummary run(FaxIntakeInput in) {
    input = in;
    outcome.enterStage(FaxIntakeStages.UNDERSTAND);
    outcome.record(TimelineKind.ATTEMPT, FaxIntakeStages.UNDERSTAND.name());
    try {
      facts = documents.understand(in.documentId());
    } catch (ActivityFailure e) {
      // Non-retryable rejections and exhausted retries alike end with a person, never dropped.
      rejection = failureType(e);
      outcome.record(TimelineKind.ATTEMPT_FAILED, rejection);
    }

    String type = facts == null ? null : facts.type();
    String reason = reviewReason();
    if (reason != null) {
      outcome.enterStage(FaxIntakeStages.REVIEW);
      HumanTask task = outcome.awaitHumanTask(reviewTask(reason));
      decision = IntakeDecisions.DISCARD.equals(task.resolution()) ? "discarded" : "coordinator";
      type = task.resolution();
    } else {
      decision = "automatic";
    }

    if (!"discarded".equals(decision)) {
      outcome.enterStage(FaxIntakeStages.ROUTE);
      routedType = type;
      // Version 1 hands referrals to the referral outcome; runs recorded before it only noted the
      // route (their histories have no marker and replay as DEFAULT_VERSION). Other types are
      // still only recorded until their outcomes exist.
      if ("referral".equals(routedType)
          && Workflow.getVersion(REFERRAL_CHILD_CHANGE, Workflow.DEFAULT_VERSION, 1) >= 1) {
        ReferralRouting.route(outcome, input, facts);
      } else if (!"referral".equals(routedType)
          && Workflow.getVersion(DOCUMENT_CHILD_CHANGE, Workflow.DEFAULT_VERSION, 1) >= 1) {
        // Runs recorded before this change only noted the route (no marker: DEFAULT_VERSION).
        DocumentRouting.route(outcome, input, facts, routedType, "coordinator".equals(decision));
      }
      outcome.record(TimelineKind.NOTE, "routed:" + routedType);
    }
    // A durable pause keeps a completing Update and the end of the run in separate workflow
    // tasks, so the person resolving the task gets their receipt (see DESIGN, dev server gaps).
    Workflow.sleep(Duration.ofSeconds(1));
    outcome.complete(routedType == null ? "discarded" : "routed:" + routedType);
    return intake();
  }

  /** Why a person must look, or null when the facts are good enough to route. */
  private String reviewReason() {
    if (facts == null) {
      return "review-document";
    }
    if (!facts.missingRequired().isEmpty()) {
      return "missing-required-fields";
    }
    if (facts.needsHuman()) {
      return "low-confidence";
    }
    return null;
  }

  private HumanTaskSpec reviewTask(String reason) {
    HumanTaskSpec spec =
        HumanTaskSpec.forRole("coordinator", reason)
            .withContext("documentId", input.documentId())
            .withContext("source", input.source() == null ? "unknown" : input.source())
            .withContextRef("document:" + input.documentId())
            .withEscalation(FaxIntakeStages.ESCALATE_REVIEW_AFTER, "supervisor");
    if (facts == null) {
      return spec.withContext("rejection", rejection);
    }
    return spec.withContext("typeGuess", facts.type())
        .withContext("typeConfidence", String.format(Locale.ROOT, "%.2f", facts.typeConfidence()))
        .withContext("missingFields", String.join(",", facts.missingRequired()))
        .withContext("fieldsToConfirm", String.join(",", facts.needsReview()));
  }

  private static String failureType(ActivityFailure e) {
    if (e.getCause() instanceof ApplicationFailure af) {
      // The reader's reason (CORRUPT, ENCRYPTED, ...) travels as the first detail.
      String detail = null;
      try {
        detail = af.getDetails().getSize() > 0 ? af.getDetails().get(0, String.class) : null;
      } catch (RuntimeException notAString) {
        // Details of another shape carry no reason code; the type alone says enough.
      }
      return detail == null ? af.getType() : af.getType() + ":" + detail;
    }
    return e.getCause() == null ? "ActivityFailure" : e.getCause().getClass().getSimpleName();
  }

  @Override
  public IntakeSummary intake() {
    String documentId = input == null ? null : input.documentId();
    String source = input == null ? null : input.source();
    boolean understood = facts != null || rejection != null;
    if (facts == null) {
      return new IntakeSummary(
          documentId,
          source,
          understood,
          null,
          0,
          List.of(),
          List.of(),
          List.of(),
          rejection,
          routedType,
          decision);
    }
    return new IntakeSummary(
        documentId,
        source,
        true,
        facts.type(),
        facts.typeConfidence(),
        facts.fields().keySet().stream().sorted().toList(),
        facts.missingRequired(),
        facts.needsReview(),
        null,
        routedType,
        decision);
  }

  @Override
  public void validateCompleteTask(TaskCompletion completion) {
    super.validateCompleteTask(completion);
    String problem = IntakeDecisions.problem(completion.resolution());
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }
}
