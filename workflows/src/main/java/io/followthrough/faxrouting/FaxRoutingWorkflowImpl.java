package io.followthrough.faxrouting;

import io.followthrough.channels.Channel;
import io.followthrough.channels.ChannelActivities;
import io.followthrough.channels.ChannelOptions;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.channels.SendReceipt;
import io.followthrough.channels.SendStatus;
import io.followthrough.documents.DocumentFacts;
import io.followthrough.documents.ExtractedField;
import io.followthrough.drafting.Audience;
import io.followthrough.drafting.Draft;
import io.followthrough.drafting.DraftRequest;
import io.followthrough.drafting.DraftingActivities;
import io.followthrough.drafting.DraftingOptions;
import io.followthrough.practice.MatchStatus;
import io.followthrough.practice.PatientMatch;
import io.followthrough.practice.PatientQuery;
import io.followthrough.practice.PracticeActivities;
import io.followthrough.practice.PracticeOptions;
import io.followthrough.sdk.ActivityPolicies;
import io.followthrough.sdk.EscalationLadder;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.HumanTaskSpec;
import io.followthrough.sdk.IdempotencyKeys;
import io.followthrough.sdk.LadderResult;
import io.followthrough.sdk.Outcome;
import io.followthrough.sdk.OutcomeWorkflowBase;
import io.followthrough.sdk.Rung;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.sdk.TimelineKind;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

public class FaxRoutingWorkflowImpl extends OutcomeWorkflowBase implements FaxRoutingWorkflow {

  /** Drafting purpose of the provider's reminder to acknowledge a result. */
  static final String REMINDER_PURPOSE = "result-acknowledgement-reminder";

  /** Drafting purpose of the fax telling the sender the document was received and filed. */
  static final String RECEIVED_PURPOSE = "fax-received";

  private final FaxRoutingPolicyActivities policies =
      Workflow.newActivityStub(FaxRoutingPolicyActivities.class, ActivityPolicies.standard());
  private final PracticeActivities practice =
      Workflow.newActivityStub(PracticeActivities.class, PracticeOptions.defaults());
  private final ChannelActivities channels =
      Workflow.newActivityStub(ChannelActivities.class, ChannelOptions.defaults());
  private final DraftingActivities drafting =
      Workflow.newActivityStub(DraftingActivities.class, DraftingOptions.defaults());

  private FaxRoutingInput input;
  private FaxRoutingPolicy policy;
  private String type;
  private String patientRef;
  private String providerRef;
  private String section;
  private String queue;
  private String filingId;
  private String acknowledgedBy;
  private String senderKey;
  private String status;

  public FaxRoutingWorkflowImpl() {
    super(OUTCOME_TYPE);
  }

  @Override
  public FaxRoutingResult run(FaxRoutingInput in) {
    input = in;
    outcome.site(in.site());
    readPolicy();
    type = in.type() == null && in.facts() != null ? in.facts().type() : in.type();

    if (!confirmType() || !matchPatient() || !chooseQueue() || !file()) {
      return finish("discarded");
    }
    if (policy.acknowledgementTypes().contains(type)) {
      awaitAcknowledgement();
    }
    if (policy.senderAcknowledgementTypes().contains(type)) {
      notifySender();
    }
    return finish(status != null ? status : acknowledgedBy != null ? "acknowledged" : "filed");
  }

  private void readPolicy() {
    try {
      policy = policies.policy(input.site());
    } catch (ActivityFailure e) {
      // A misconfigured site must not strand the document: go on with the defaults, on record.
      outcome.record(TimelineKind.ATTEMPT_FAILED, "policy:" + failureType(e));
      policy = FaxRoutingPolicy.defaults();
      outcome.record(TimelineKind.NOTE, "policy-defaults-used");
    }
  }

  /** False when a coordinator discarded the document. */
  private boolean confirmType() {
    DocumentFacts facts = input.facts();
    boolean known = type != null && FaxRoutingPolicy.TYPES.contains(type);
    boolean confident =
        input.typeConfirmed()
            || (facts != null && facts.typeConfidence() >= policy.typeConfidence());
    if (known && confident) {
      return true;
    }
    outcome.enterStage(FaxRoutingStages.CONFIRM_TYPE);
    HumanTask task =
        outcome.awaitHumanTask(
            task(FaxRoutingDecisions.LOW_TYPE_CONFIDENCE)
                .withContext(
                    "typeConfidence",
                    facts == null
                        ? "0.00"
                        : String.format(Locale.ROOT, "%.2f", facts.typeConfidence())));
    if (FaxRoutingDecisions.DISCARD.equals(task.resolution())) {
      return false;
    }
    type = task.resolution();
    outcome.record(TimelineKind.NOTE, "type:" + type);
    return true;
  }

  /** False when a coordinator discarded the document. */
  private boolean matchPatient() {
    outcome.enterStage(FaxRoutingStages.MATCH_PATIENT);
    String reason = autoMatch();
    if (reason == null) {
      return true;
    }
    HumanTask task = outcome.awaitHumanTask(task(reason));
    if (FaxRoutingDecisions.DISCARD.equals(task.resolution())) {
      return false;
    }
    patientRef = FaxRoutingDecisions.value(task.resolution(), FaxRoutingDecisions.PATIENT);
    outcome.record(TimelineKind.NOTE, "patient-by-coordinator");
    return true;
  }

  /** Matches the patient from the document; returns why a person must, or null when matched. */
  private String autoMatch() {
    DocumentFacts facts = input.facts();
    if (facts == null) {
      return FaxRoutingDecisions.PATIENT_UNREADABLE;
    }
    PatientQuery query = patientQuery(facts);
    if (query == null) {
      return FaxRoutingDecisions.PATIENT_UNREADABLE;
    }
    for (String field : List.of("patient_name", "dob", "mrn")) {
      ExtractedField f = facts.fields().get(field);
      if (f != null && f.valid() && f.confidence() < policy.patientFieldConfidence()) {
        return FaxRoutingDecisions.PATIENT_LOW_CONFIDENCE;
      }
    }
    PatientMatch match;
    try {
      match = practice.matchPatient(query);
    } catch (ActivityFailure e) {
      outcome.record(TimelineKind.ATTEMPT_FAILED, "match:" + failureType(e));
      return FaxRoutingDecisions.PATIENT_UNREADABLE;
    }
    if (match.status() == MatchStatus.MATCHED) {
      patientRef = match.patientRef();
      outcome.record(TimelineKind.EVIDENCE, "patient-matched:" + match.basis());
      return null;
    }
    return match.status() == MatchStatus.AMBIGUOUS
        ? FaxRoutingDecisions.PATIENT_AMBIGUOUS
        : FaxRoutingDecisions.PATIENT_NOT_FOUND;
  }

  /** False never today; kept boolean like the other steps. */
  private boolean chooseQueue() {
    outcome.enterStage(FaxRoutingStages.CHOOSE_QUEUE);
    section = FaxRoutingPolicy.sectionFor(type);
    String configured = policy.queueFor(type);
    if (!FaxRoutingPolicy.ORDERING_PROVIDER.equals(configured)) {
      queue = configured;
      return true;
    }
    DocumentFacts facts = input.facts();
    String npi = facts == null ? null : value(facts, "ordering_npi");
    String name = facts == null ? null : value(facts, "ordering_provider");
    if (npi != null || name != null) {
      try {
        providerRef = practice.findProvider(npi, name);
      } catch (ActivityFailure e) {
        outcome.record(TimelineKind.ATTEMPT_FAILED, "find-provider:" + failureType(e));
      }
    }
    if (providerRef == null) {
      HumanTask task = outcome.awaitHumanTask(task(FaxRoutingDecisions.UNKNOWN_ORDERING_PROVIDER));
      if (task.resolution().startsWith(FaxRoutingDecisions.QUEUE)) {
        queue = FaxRoutingDecisions.value(task.resolution(), FaxRoutingDecisions.QUEUE);
        outcome.record(TimelineKind.NOTE, "queue-by-coordinator");
        return true;
      }
      providerRef = FaxRoutingDecisions.value(task.resolution(), FaxRoutingDecisions.PROVIDER);
      outcome.record(TimelineKind.NOTE, "provider-by-coordinator");
    } else {
      outcome.record(TimelineKind.EVIDENCE, "ordering-provider-found");
    }
    queue = "provider:" + providerRef;
    return true;
  }

  /** False when a coordinator discarded the document after filing failed. */
  private boolean file() {
    for (int round = 1; ; round++) {
      int step = round;
      try {
        filingId =
            outcome.runStage(
                FaxRoutingStages.FILE,
                attempt ->
                    practice.fileToChart(
                        patientRef,
                        input.documentId(),
                        section,
                        queue,
                        IdempotencyKeys.forStep(FaxRoutingStages.FILE.name(), step)));
        outcome.record(TimelineKind.NOTE, "filed:" + section);
        return true;
      } catch (ApplicationFailure e) {
        if (!Outcome.STAGE_EXHAUSTED.equals(e.getType())) {
          throw e;
        }
      }
      HumanTask task = outcome.awaitHumanTask(task(FaxRoutingDecisions.FILING_FAILED));
      switch (task.resolution()) {
        case FaxRoutingDecisions.DISCARD -> {
          return false;
        }
        case FaxRoutingDecisions.FILED_MANUALLY -> {
          outcome.record(TimelineKind.NOTE, "filed-manually");
          return true;
        }
        default -> {
          // retry: a new key, since the person may have fixed the chart meanwhile
        }
      }
    }
  }

  private void awaitAcknowledgement() {
    outcome.enterStage(FaxRoutingStages.AWAIT_ACKNOWLEDGEMENT);
    List<Duration> waits = policy.acknowledgementWaits();
    EscalationLadder ladder =
        EscalationLadder.builder()
            .rung("provider-reminder", Channel.PORTAL.name(), waits.get(0))
            .rung("second-provider-reminder", Channel.PORTAL.name(), waits.get(1))
            .humanTask(
                "supervisor-review",
                waits.get(2),
                task("supervisor", FaxRoutingDecisions.RESULT_UNACKNOWLEDGED)
                    .withContext("queue", queue)
                    .withContext("filingId", filingId == null ? "none" : filingId))
            .build();
    LadderResult result = ladder.climb(outcome, () -> acknowledgedBy != null, this::remindProvider);
    if (result.resolvedByHuman()) {
      status = "closed-by-staff";
      outcome.record(TimelineKind.NOTE, "closed-by-staff");
    } else {
      outcome.record(TimelineKind.EVIDENCE, "acknowledged");
    }
  }

  /**
   * A reminder rung: asks the chart first (an acknowledgement whose signal was lost), then reminds
   * the provider on the rung's channel.
   */
  private void remindProvider(Rung rung, int level) {
    if (filingId != null) {
      try {
        String by = practice.filingAcknowledgedBy(filingId);
        if (by != null && acknowledgedBy == null) {
          acknowledgedBy = by;
          outcome.record(TimelineKind.EVIDENCE, "acknowledged-in-chart");
          return;
        }
      } catch (ActivityFailure e) {
        outcome.record(TimelineKind.ATTEMPT_FAILED, "acknowledged-read:" + failureType(e));
      }
    }
    if (providerRef == null) {
      outcome.record(TimelineKind.NOTE, "no-provider-to-remind");
      return;
    }
    Channel channel = Channel.valueOf(rung.channel());
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("practice_name", policy.practiceName());
    facts.put("document_ref", shortRef());
    facts.put("document_kind", type);
    String key =
        IdempotencyKeys.forStep(
            outcome.stage() + ".reminder." + channel.name().toLowerCase(Locale.ROOT), level);
    send(REMINDER_PURPOSE, Audience.STAFF, channel, providerRef, facts, key);
  }

  private void notifySender() {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("practice_name", policy.practiceName());
    facts.put("document_ref", shortRef());
    facts.put("document_kind", type);
    String key = IdempotencyKeys.forStep(FaxRoutingStages.NOTIFY_SENDER.name() + ".fax", 1);
    try {
      outcome.runStage(
          FaxRoutingStages.NOTIFY_SENDER,
          attempt -> {
            SendStatus sent =
                send(
                    RECEIVED_PURPOSE,
                    Audience.REFERRING_PROVIDER,
                    Channel.FAX,
                    "fax-sender:" + input.documentId(),
                    facts,
                    key);
            if (sent == null) {
              throw ApplicationFailure.newFailure("sender not reached", "SenderNotReached");
            }
            if (sent != SendStatus.ACCEPTED) {
              throw ApplicationFailure.newNonRetryableFailure(
                  "sender refused: " + sent.name().toLowerCase(Locale.ROOT), "SenderNotReached");
            }
            return null;
          });
      senderKey = key;
    } catch (ApplicationFailure e) {
      if (!Outcome.STAGE_EXHAUSTED.equals(e.getType())) {
        throw e;
      }
      // The sender's acknowledgement is a courtesy: the document is filed, so the outcome holds.
      outcome.record(TimelineKind.NOTE, "sender-not-acknowledged");
    }
  }

  /** Drafts and sends one message; null when drafting or the send failed (on record). */
  private SendStatus send(
      String purpose,
      Audience audience,
      Channel channel,
      String recipientRef,
      Map<String, String> facts,
      String key) {
    Draft draft;
    try {
      draft = drafting.draft(new DraftRequest(purpose, audience, channel, "en", facts));
    } catch (ActivityFailure e) {
      outcome.record(TimelineKind.ATTEMPT_FAILED, "draft:" + purpose + ":" + failureType(e));
      return null;
    }
    String ch = channel.name().toLowerCase(Locale.ROOT);
    SendReceipt receipt;
    try {
      receipt =
          channels.send(
              new OutboundMessage(
                  channel,
                  recipientRef,
                  draft.templateId(),
                  draft.variables(),
                  draft.language(),
                  key,
                  draft.body()));
    } catch (ActivityFailure e) {
      outcome.record(TimelineKind.ATTEMPT_FAILED, "send:" + ch + ":" + failureType(e));
      return null;
    }
    outcome.record(
        TimelineKind.NOTE,
        (receipt.status() == SendStatus.ACCEPTED
                ? "sent:"
                : receipt.status().name().toLowerCase(Locale.ROOT) + ":")
            + ch
            + ":"
            + draft.templateId());
    return receipt.status();
  }

  private FaxRoutingResult finish(String end) {
    status = end;
    // A durable pause keeps a completing Update and the end of the run in separate workflow
    // tasks, so the person resolving the last task gets their receipt.
    Workflow.sleep(Duration.ofSeconds(1));
    outcome.complete(end);
    return new FaxRoutingResult(end, type, filingId, queue, acknowledgedBy);
  }

  /** A coordinator task about the document; unanswered, it goes to a supervisor. */
  private HumanTaskSpec task(String reason) {
    return task("coordinator", reason).withEscalation(policy.taskEscalateAfter(), "supervisor");
  }

  private HumanTaskSpec task(String role, String reason) {
    DocumentFacts facts = input.facts();
    return HumanTaskSpec.forRole(role, reason)
        .withContext("documentId", input.documentId())
        .withContext("documentType", type == null ? "unknown" : type)
        .withContext("fieldsFound", facts == null ? "" : String.join(",", facts.fields().keySet()))
        .withContextRef("document:" + input.documentId());
  }

  /** The first 12 characters of the document id: enough for the sender to find it. */
  private String shortRef() {
    String id = input.documentId();
    return id.length() <= 12 ? id : id.substring(0, 12);
  }

  private static PatientQuery patientQuery(DocumentFacts facts) {
    String name = value(facts, "patient_name");
    String[] parts = name == null ? new String[0] : name.split("\\s+");
    String first = parts.length < 2 ? null : parts[0];
    String last =
        parts.length < 2 ? null : String.join(" ", Arrays.copyOfRange(parts, 1, parts.length));
    LocalDate dob = null;
    String rawDob = value(facts, "dob");
    try {
      dob = rawDob == null ? null : LocalDate.parse(rawDob);
    } catch (DateTimeParseException e) {
      dob = null;
    }
    String mrn = value(facts, "mrn");
    if (mrn == null && (last == null || dob == null)) {
      return null;
    }
    return new PatientQuery(first, last, dob, value(facts, "phone"), mrn);
  }

  private static String value(DocumentFacts facts, String field) {
    ExtractedField f = facts.fields().get(field);
    return f == null || !f.valid() || f.value() == null || f.value().isBlank()
        ? null
        : f.value().trim();
  }

  private static String failureType(ActivityFailure e) {
    return e.getCause() instanceof ApplicationFailure af
        ? af.getType()
        : e.getCause() == null ? "ActivityFailure" : e.getCause().getClass().getSimpleName();
  }

  @Override
  public void acknowledged(String by) {
    if (acknowledgedBy == null && by != null && !by.isBlank()) {
      acknowledgedBy = by;
    }
  }

  @Override
  public FaxRoutingView routing() {
    return new FaxRoutingView(
        input == null ? null : input.documentId(),
        type,
        patientRef,
        providerRef,
        section,
        queue,
        filingId,
        acknowledgedBy,
        senderKey,
        status);
  }

  @Override
  public void validateCompleteTask(TaskCompletion completion) {
    super.validateCompleteTask(completion);
    String reason =
        outcome.state().tasks().stream()
            .filter(t -> t.id().equals(completion.taskId()))
            .map(HumanTask::reason)
            .findFirst()
            .orElse("");
    String problem = FaxRoutingDecisions.problem(reason, completion.resolution());
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }
}
