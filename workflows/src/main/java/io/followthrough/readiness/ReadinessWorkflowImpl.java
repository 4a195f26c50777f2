package io.followthrough.readiness;

import io.followthrough.channels.Channel;
import io.followthrough.channels.ChannelActivities;
import io.followthrough.channels.ChannelOptions;
import io.followthrough.channels.DeliveryStatus;
import io.followthrough.channels.InboundMessage;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.channels.SendReceipt;
import io.followthrough.drafting.Audience;
import io.followthrough.drafting.Draft;
import io.followthrough.drafting.DraftRequest;
import io.followthrough.drafting.DraftingActivities;
import io.followthrough.drafting.DraftingOptions;
import io.followthrough.practice.AppointmentEvent;
import io.followthrough.practice.AppointmentEventType;
import io.followthrough.practice.AppointmentStatus;
import io.followthrough.practice.CoverageState;
import io.followthrough.practice.CoverageStatus;
import io.followthrough.practice.PatientPreferences;
import io.followthrough.practice.PracticeActivities;
import io.followthrough.practice.PracticeOptions;
import io.followthrough.sdk.ActivityPolicies;
import io.followthrough.sdk.BusinessCalendar;
import io.followthrough.sdk.Deadline;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.HumanTaskSpec;
import io.followthrough.sdk.IdempotencyKeys;
import io.followthrough.sdk.OutcomeWorkflowBase;
import io.followthrough.sdk.Stage;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.sdk.TimelineKind;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.Workflow;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The intake-readiness flow: check what is on file, ask the patient for what is missing (the ask
 * ladder, outside quiet hours, skipping channels the patient cannot be reached on), re-check on a
 * timer and whenever the patient answers or an item changes, ask a coordinator {@code
 * escalateBefore} the visit with everything tried, and at {@code deadlineBefore} the visit let the
 * policy decide per missing item: proceed or reschedule (cancel with reason code {@value
 * #RESCHEDULE_REASON} and tell the patient).
 */
public class ReadinessWorkflowImpl extends OutcomeWorkflowBase implements ReadinessWorkflow {

  static final Stage CHECK = Stage.named("check-readiness");
  static final Stage AWAITING_PATIENT = Stage.named("awaiting-patient");
  static final Stage STAFF_REVIEW = Stage.named("staff-review");
  static final Stage DEADLINE = Stage.named("deadline-decision");

  static final String PURPOSE_REQUEST = "readiness-request";
  static final String PURPOSE_REMINDER = "readiness-reminder";
  static final String PURPOSE_RESCHEDULE = "readiness-reschedule";

  /** Reason code of a cancellation for missing items. */
  public static final String RESCHEDULE_REASON = "readiness-incomplete";

  /** Task reasons. */
  static final String TASK_INCOMPLETE = "readiness-incomplete";

  static final String TASK_CHECK_FAILED = "readiness-check-failed";

  /** Resolutions of a readiness task. */
  static final List<String> RESOLUTIONS = List.of("items-received", "proceed", "reschedule");

  private final ReadinessPolicyActivities policies =
      Workflow.newActivityStub(ReadinessPolicyActivities.class, ActivityPolicies.standard());
  private final ReadinessActivities readiness =
      Workflow.newActivityStub(ReadinessActivities.class, PracticeOptions.defaults());
  private final PracticeActivities practice =
      Workflow.newActivityStub(PracticeActivities.class, PracticeOptions.defaults());
  private final ChannelActivities channels =
      Workflow.newActivityStub(ChannelActivities.class, ChannelOptions.defaults());
  private final DraftingActivities drafting =
      Workflow.newActivityStub(DraftingActivities.class, DraftingOptions.defaults());

  private final ReadinessState state = new ReadinessState();
  private ReadinessInput input;
  private ReadinessPolicy policy;

  public ReadinessWorkflowImpl() {
    super(OUTCOME_TYPE);
  }

  @Override
  public ReadinessResult run(ReadinessInput in) {
    this.input = in;
    outcome.site(in.site());
    if (in.appointmentId() == null || in.appointmentId().isBlank()) {
      outcome.fail("invalid-input");
      throw ApplicationFailure.newNonRetryableFailure(
          "an appointment id is required", ActivityPolicies.INVALID_INPUT);
    }
    try {
      policy = policies.policy(in.site());
    } catch (ActivityFailure e) {
      outcome.record(TimelineKind.ATTEMPT_FAILED, "policy:" + failureType(e));
      policy = ReadinessPolicy.defaults();
      note("policy-defaults-used");
    }

    outcome.enterStage(CHECK);
    preferences();
    while (!check()) {
      // The practice system cannot say (unknown appointment, down past retries): a person decides.
      String decision = askStaff(TASK_CHECK_FAILED, true);
      if (decision == null) {
        return endedBySignal();
      }
      if (!"items-received".equals(decision)) {
        return staffDecides(decision);
      }
    }
    String ended = endedByStatus(state.record.status());
    if (ended != null) {
      return finish(ended);
    }
    if (state.missing.isEmpty()) {
      return finish("ready");
    }
    return awaitItems();
  }

  /** Asks, re-checks and escalates until the items are on file, an event ends it, or deadline. */
  private ReadinessResult awaitItems() {
    outcome.enterStage(AWAITING_PATIENT);
    Instant now = Deadline.now();
    Instant visit = state.record.start();
    Instant escalateAt = visit.minus(policy.escalateBefore());
    Instant deadlineAt = visit.minus(policy.deadlineBefore());
    boolean late = !deadlineAt.isAfter(now);
    if (late) {
      // Booked inside the deadline window: no automatic reschedule; the visit time is the deadline.
      note("late-booking");
      deadlineAt = visit;
    }
    int ask = 0;
    Instant nextAsk = now;
    Instant nextCheck = now.plus(policy.recheckEvery());
    while (true) {
      if (state.endingEvent != null) {
        return endedBySignal();
      }
      if (state.staffDecision != null) {
        String decision = state.staffDecision;
        state.staffDecision = null;
        if (!"items-received".equals(decision)) {
          return staffDecides(decision);
        }
        state.recheckRequested = true;
      }
      now = Deadline.now();
      if (state.recheckRequested || !now.isBefore(nextCheck)) {
        state.recheckRequested = false;
        check();
        nextCheck = Deadline.now().plus(policy.recheckEvery());
        String ended = endedByStatus(state.record.status());
        if (ended != null) {
          return finish(ended);
        }
        if (state.missing.isEmpty()) {
          return finish("ready");
        }
        continue;
      }
      if (!now.isBefore(deadlineAt)) {
        return decide(late);
      }
      if (!state.escalated && !now.isBefore(escalateAt)) {
        escalate(late);
        continue;
      }
      List<String> askFor = patientItems();
      if (ask < policy.askChannels().size() && !now.isBefore(nextAsk) && !askFor.isEmpty()) {
        Instant until = state.escalated ? deadlineAt : earlier(escalateAt, deadlineAt);
        Boolean sent = askPatient(ask, askFor, until);
        if (sent == null) {
          continue; // news or a deadline came first: handle it, then try again
        }
        ask++;
        if (ask < policy.askChannels().size()) {
          nextAsk = Deadline.now().plus(policy.askWaits().get(ask - 1));
        }
        continue;
      }
      Instant wake = earlier(nextCheck, deadlineAt);
      if (!state.escalated) {
        wake = earlier(wake, escalateAt);
      }
      if (ask < policy.askChannels().size() && !askFor.isEmpty()) {
        wake = earlier(wake, nextAsk);
      }
      Deadline.awaitUntil(wake, state::news);
    }
  }

  /** The deadline: one more check, then the policy decides per missing item. */
  private ReadinessResult decide(boolean late) {
    outcome.enterStage(DEADLINE);
    check();
    String ended = endedByStatus(state.record.status());
    if (ended != null) {
      return finish(ended);
    }
    if (state.missing.isEmpty()) {
      return finish("ready");
    }
    String decision = late ? ReadinessPolicy.PROCEED : policy.decisionFor(state.missing);
    note("deadline-decision:" + decision + ":" + String.join(",", state.missing));
    if (ReadinessPolicy.RESCHEDULE.equals(decision)) {
      return reschedule("rescheduled");
    }
    return finish("proceed-incomplete");
  }

  private ReadinessResult staffDecides(String decision) {
    if ("reschedule".equals(decision)) {
      return reschedule("rescheduled-by-staff");
    }
    return finish("proceed-by-staff");
  }

  /** Cancels the appointment (reason {@value #RESCHEDULE_REASON}) and tells the patient. */
  private ReadinessResult reschedule(String status) {
    state.cancelling = true;
    try {
      practice.cancelAppointment(
          input.appointmentId(),
          RESCHEDULE_REASON,
          IdempotencyKeys.forStep(outcome.stage() + ".cancel", 1));
      note("appointment-cancelled:" + RESCHEDULE_REASON);
    } catch (ActivityFailure e) {
      String type = failureType(e);
      outcome.record(TimelineKind.ATTEMPT_FAILED, "cancel:" + type);
      if (PracticeActivities.INVALID_TRANSITION.equals(type)) {
        return finish("arrived");
      }
      return finish("proceed-incomplete");
    }
    Map<String, String> facts = facts(state.missing);
    facts.remove("missing");
    sendToPatient(
        "reschedule", 1, PURPOSE_RESCHEDULE, policy.askChannels().get(0), facts, null, false);
    return finish(status);
  }

  /**
   * Sends ask {@code n} (0 = the request, then reminders) for {@code items}. Returns true when a
   * channel took it, false when none could, null when news or {@code until} came during quiet hours
   * (nothing sent).
   */
  private Boolean askPatient(int n, List<String> items, Instant until) {
    String purpose = n == 0 ? PURPOSE_REQUEST : PURPOSE_REMINDER;
    return sendToPatient(
        "ask", n + 1, purpose, policy.askChannels().get(n), facts(items), until, true);
  }

  private Boolean sendToPatient(
      String step,
      int n,
      String purpose,
      Channel preferred,
      Map<String, String> facts,
      Instant until,
      boolean counts) {
    List<Channel> order = new ArrayList<>();
    order.add(preferred);
    for (Channel c : policy.askChannels()) {
      if (!order.contains(c)) {
        order.add(c);
      }
    }
    for (Channel channel : order) {
      if (state.blockedChannels.contains(channel)) {
        continue;
      }
      Draft draft;
      try {
        draft =
            drafting.draft(new DraftRequest(purpose, Audience.PATIENT, channel, language(), facts));
        String who = draft.provenance() == null ? "unknown" : draft.provenance().code();
        note("ai:draft:" + purpose + ":" + who);
      } catch (ActivityFailure e) {
        outcome.record(TimelineKind.ATTEMPT_FAILED, "draft:" + purpose + ":" + failureType(e));
        return false;
      }
      if (until != null) {
        Instant t = Deadline.now();
        Instant allowed = calendar().nextContactTime(t, zone());
        if (allowed.isAfter(t)) {
          outcome.record(TimelineKind.DEFERRED, "quiet-hours");
          Instant wakeAt = earlier(allowed, until);
          boolean news = Deadline.awaitUntil(wakeAt, state::news);
          if (news || Deadline.now().isBefore(allowed)) {
            return null;
          }
        }
      } else {
        Instant t = Deadline.now();
        Instant allowed = calendar().nextContactTime(t, zone());
        if (allowed.isAfter(t)) {
          outcome.record(TimelineKind.DEFERRED, "quiet-hours");
          Deadline.sleepUntil(allowed);
        }
      }
      String ch = channel.name().toLowerCase(Locale.ROOT);
      String key = IdempotencyKeys.forStep(outcome.stage() + "." + step + "." + ch, n);
      SendReceipt receipt;
      try {
        receipt =
            channels.send(
                new OutboundMessage(
                    channel,
                    input.patientRef(),
                    draft.templateId(),
                    draft.variables(),
                    draft.language(),
                    key,
                    draft.body()));
      } catch (ActivityFailure e) {
        String type = failureType(e);
        outcome.record(TimelineKind.ATTEMPT_FAILED, "send:" + ch + ":" + type);
        if (ChannelActivities.UNKNOWN_RECIPIENT.equals(type)) {
          block(channel, "no-address");
        }
        continue;
      }
      if (!state.channelsTried.contains(ch)) {
        state.channelsTried.add(ch);
      }
      switch (receipt.status()) {
        case ACCEPTED -> {
          if (!state.messagesSent.contains(key)) {
            state.messagesSent.add(key);
          }
          if (counts) {
            state.asks++;
          }
          note("sent:" + ch + ":" + purpose);
          return true;
        }
        case OPTED_OUT -> block(channel, "opted-out");
        case WRONG_NUMBER -> {
          block(Channel.SMS, "wrong-number");
          block(Channel.VOICE, "wrong-number");
        }
      }
    }
    note("no-usable-channel:" + purpose);
    return false;
  }

  /** Opens the coordinator task beside the flow, with everything tried. */
  private void escalate(boolean late) {
    state.escalated = true;
    outcome.enterStage(STAFF_REVIEW);
    int opened = outcome.state().tasks().size();
    HumanTaskSpec spec = task(TASK_INCOMPLETE, late);
    Async.procedure(
        () -> {
          HumanTask task = outcome.awaitHumanTask(spec, () -> state.settled);
          if (task.status() == HumanTask.Status.COMPLETED && !state.settled) {
            state.staffAnswered = true;
            state.staffDecision = task.resolution();
          }
        });
    Workflow.await(() -> outcome.state().tasks().size() > opened);
  }

  /**
   * Opens a task and waits for it (the flow stops); null when an appointment event ended the
   * outcome first.
   */
  private String askStaff(String reason, boolean late) {
    HumanTask task = outcome.awaitHumanTask(task(reason, late), () -> state.endingEvent != null);
    if (task.status() != HumanTask.Status.COMPLETED) {
      return null;
    }
    state.staffAnswered = true;
    return task.resolution();
  }

  private HumanTaskSpec task(String reason, boolean late) {
    ReadinessRecord r = state.record;
    List<String> missing = state.missing;
    return HumanTaskSpec.forRole("coordinator", reason)
        .withContext("appointmentId", input.appointmentId())
        .withContext("patientRef", orNone(input.patientRef()))
        .withContext("specialty", orNone(r == null ? null : r.specialty()))
        .withContext("missing", missing.isEmpty() ? "none" : String.join(",", missing))
        .withContext("asks", Integer.toString(state.asks))
        .withContext(
            "channelsTried",
            state.channelsTried.isEmpty() ? "none" : String.join(",", state.channelsTried))
        .withContext(
            "blocked",
            state.blockedChannels.isEmpty()
                ? "none"
                : String.join(
                    ",",
                    state.blockedChannels.stream()
                        .map(c -> c.name().toLowerCase(Locale.ROOT))
                        .toList()))
        .withContext(
            "deadlineDecision",
            late || missing.isEmpty() ? ReadinessPolicy.PROCEED : policy.decisionFor(missing))
        .withContext("resolutions", String.join(",", RESOLUTIONS))
        .withContextRef("appointment:" + input.appointmentId())
        .withEscalation(policy.taskEscalateAfter(), "supervisor");
  }

  /**
   * Reads what is on file (and the payer's eligibility when the visit needs it verified). Returns
   * false when the practice system could not answer; the last known state stays.
   */
  private boolean check() {
    state.checks++;
    if (state.checks == 1) {
      // Re-checks are recorded only when they find a change, so the ledger is not flooded.
      outcome.record(TimelineKind.ATTEMPT, "check");
    }
    ReadinessRecord r;
    try {
      r = readiness.readiness(input.appointmentId());
    } catch (ActivityFailure e) {
      outcome.record(TimelineKind.ATTEMPT_FAILED, "check:" + failureType(e));
      return false;
    }
    state.record = r;
    String patient = input.patientRef() != null ? input.patientRef() : r.patientRef();
    state.required = policy.requiredFor(r.specialty());
    List<String> missing = new ArrayList<>();
    for (String item : state.required) {
      if (ReadinessItems.INSURANCE_VERIFIED.equals(item)) {
        if (!coverageVerified(patient)) {
          missing.add(item);
        }
      } else if (!r.onFile().contains(item)) {
        missing.add(item);
      }
    }
    if (!missing.equals(state.missing) || state.checks == 1) {
      outcome.record(
          TimelineKind.EVIDENCE,
          "missing:" + (missing.isEmpty() ? "none" : String.join(",", missing)));
    }
    state.missing = List.copyOf(missing);
    return true;
  }

  private boolean coverageVerified(String patientRef) {
    try {
      CoverageStatus c = practice.checkCoverage(patientRef, null, null);
      return c.state() == CoverageState.ACTIVE;
    } catch (ActivityFailure e) {
      outcome.record(TimelineKind.ATTEMPT_FAILED, "coverage:" + failureType(e));
      return false;
    }
  }

  private void preferences() {
    if (input.patientRef() == null) {
      return;
    }
    try {
      PatientPreferences p = practice.patientPreferences(input.patientRef());
      state.language = p.language();
      state.timeZone = p.timeZone();
    } catch (ActivityFailure e) {
      outcome.record(TimelineKind.ATTEMPT_FAILED, "preferences:" + failureType(e));
    }
  }

  /** The end status for an appointment that is no longer booked, or null while it is. */
  private static String endedByStatus(AppointmentStatus status) {
    if (status == null || status == AppointmentStatus.BOOKED) {
      return null;
    }
    return switch (status) {
      case CANCELLED -> "appointment-cancelled";
      case NO_SHOW -> "no-show";
      default -> "arrived";
    };
  }

  private ReadinessResult endedBySignal() {
    AppointmentEventType type = state.endingEvent.type();
    return finish(endedByStatus(AppointmentStatus.valueOf(type.name())));
  }

  private ReadinessResult finish(String status) {
    state.status = status;
    state.settled = true;
    // Let open tasks close as superseded, and a task's Update get its answer, before the end.
    Workflow.await(() -> outcome.state().tasks().stream().noneMatch(HumanTask::isOpen));
    if (state.staffAnswered) {
      Workflow.sleep(Duration.ofSeconds(1));
    }
    outcome.complete(status);
    return new ReadinessResult(status, input.appointmentId(), List.copyOf(state.missing));
  }

  /** Missing items the patient can complete. */
  private List<String> patientItems() {
    return state.missing.stream().filter(ReadinessItems.PATIENT_ITEMS::contains).toList();
  }

  /** Facts a patient message may state: practice, visit time and specialty, items, the link. */
  private Map<String, String> facts(List<String> items) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("practice_name", policy.practiceName());
    if (state.record != null && state.record.start() != null) {
      facts.put(
          "appointment_at",
          state
              .record
              .start()
              .atZone(zone())
              .toLocalDateTime()
              .truncatedTo(ChronoUnit.MINUTES)
              .toString());
    }
    if (state.record != null && state.record.specialty() != null) {
      facts.put("specialty", state.record.specialty());
    }
    if (!items.isEmpty()) {
      facts.put("missing", String.join(",", items));
    }
    facts.put("link", policy.formLinkBase() + input.appointmentId());
    return facts;
  }

  private BusinessCalendar calendar() {
    return BusinessCalendar.standard().withQuietHours(policy.quietStart(), policy.quietEnd());
  }

  private ZoneId zone() {
    for (String z : new String[] {state.timeZone, policy.practiceZone()}) {
      try {
        if (z != null) {
          return ZoneId.of(z);
        }
      } catch (DateTimeException bad) {
        // next candidate
      }
    }
    return ZoneId.of("America/New_York");
  }

  private String language() {
    return state.language == null ? policy.defaultLanguage() : state.language;
  }

  private void block(Channel channel, String why) {
    if (state.blockedChannels.add(channel)) {
      note(why + ":" + channel.name().toLowerCase(Locale.ROOT));
    }
  }

  private void note(String code) {
    outcome.record(TimelineKind.NOTE, code);
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static String orNone(String v) {
    return v == null || v.isBlank() ? "none" : v;
  }

  /** The failure type behind an activity failure (never its message, which may hold PHI). */
  static String failureType(ActivityFailure e) {
    Throwable cause = e.getCause();
    if (cause instanceof CanceledFailure cancelled) {
      throw cancelled;
    }
    if (cause instanceof ApplicationFailure af) {
      return af.getType();
    }
    return cause == null ? "ActivityFailure" : cause.getClass().getSimpleName();
  }

  @Override
  public void inbound(InboundMessage m) {
    if (m == null || m.kind() == null) {
      return;
    }
    String ch = m.channel() == null ? "unknown" : m.channel().name().toLowerCase(Locale.ROOT);
    outcome.record(
        TimelineKind.EVIDENCE, "inbound:" + m.kind().name().toLowerCase(Locale.ROOT) + ":" + ch);
    switch (m.kind()) {
      case DELIVERY_RECEIPT -> {
        if (m.deliveryStatus() == DeliveryStatus.UNDELIVERABLE && m.channel() != null) {
          block(m.channel(), "undeliverable");
        }
      }
      case STOP -> {
        if (m.channel() != null) {
          block(m.channel(), "opted-out");
        }
      }
      case WRONG_NUMBER -> {
        block(Channel.SMS, "wrong-number");
        block(Channel.VOICE, "wrong-number");
      }
      default -> state.recheckRequested = true; // "done", "uploaded it": look again
    }
  }

  @Override
  public void appointment(AppointmentEvent e) {
    if (e == null || e.type() == null || !input().appointmentId().equals(e.appointmentId())) {
      return;
    }
    outcome.record(
        TimelineKind.EVIDENCE, "appointment:" + e.type().name().toLowerCase(Locale.ROOT));
    if (e.type() == AppointmentEventType.BOOKED || state.cancelling) {
      return;
    }
    if (state.endingEvent == null) {
      state.endingEvent = e;
    }
  }

  @Override
  public void itemsChanged(String itemCode) {
    outcome.record(
        TimelineKind.EVIDENCE,
        "items-changed:" + (itemCode != null && ReadinessItems.known(itemCode) ? itemCode : "any"));
    state.recheckRequested = true;
  }

  @Override
  public ReadinessView readiness() {
    return state.view(
        input == null ? null : input.appointmentId(), input == null ? null : input.patientRef());
  }

  private ReadinessInput input() {
    return input == null ? new ReadinessInput("", null, null, null) : input;
  }

  @Override
  public void validateCompleteTask(TaskCompletion completion) {
    super.validateCompleteTask(completion);
    if (!RESOLUTIONS.contains(completion.resolution())) {
      throw new IllegalArgumentException(
          "resolution must be one of " + RESOLUTIONS + ", not " + completion.resolution());
    }
  }
}
