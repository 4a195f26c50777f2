package io.followthrough.refill;

import io.followthrough.channels.Channel;
import io.followthrough.channels.ChannelActivities;
import io.followthrough.channels.ChannelOptions;
import io.followthrough.channels.DeliveryStatus;
import io.followthrough.channels.InboundKind;
import io.followthrough.channels.InboundMessage;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.channels.SendReceipt;
import io.followthrough.channels.SendStatus;
import io.followthrough.documents.DocumentFacts;
import io.followthrough.documents.DocumentIntakeActivities;
import io.followthrough.documents.DocumentIntakeOptions;
import io.followthrough.documents.ExtractedField;
import io.followthrough.drafting.Audience;
import io.followthrough.drafting.Draft;
import io.followthrough.drafting.DraftRequest;
import io.followthrough.drafting.DraftingActivities;
import io.followthrough.drafting.DraftingOptions;
import io.followthrough.practice.Appointment;
import io.followthrough.practice.MatchStatus;
import io.followthrough.practice.Medication;
import io.followthrough.practice.PatientMatch;
import io.followthrough.practice.PatientPreferences;
import io.followthrough.practice.PatientQuery;
import io.followthrough.practice.PracticeActivities;
import io.followthrough.practice.PracticeOptions;
import io.followthrough.practice.Slot;
import io.followthrough.practice.SlotWindow;
import io.followthrough.practice.Urgency;
import io.followthrough.sdk.ActivityPolicies;
import io.followthrough.sdk.BusinessCalendar;
import io.followthrough.sdk.Deadline;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.HumanTaskSpec;
import io.followthrough.sdk.IdempotencyKeys;
import io.followthrough.sdk.LadderResult;
import io.followthrough.sdk.Outcome;
import io.followthrough.sdk.OutcomeWorkflowBase;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.sdk.TimelineKind;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Workflow;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The refill request: intake → match patient → match medication → policy → prescriber review →
 * notify (pharmacy fax, patient message) → pharmacy confirmation (resend ladder, then staff) → book
 * a visit when one is required. See docs/refill.md.
 */
public class RefillWorkflowImpl extends OutcomeWorkflowBase
    implements RefillWorkflow, RefillSignals {

  private final RefillPolicyActivities policies =
      Workflow.newActivityStub(RefillPolicyActivities.class, ActivityPolicies.standard());
  private final MedicationMatchActivities matcher =
      Workflow.newActivityStub(MedicationMatchActivities.class, ActivityPolicies.standard());
  private final DocumentIntakeActivities documents =
      Workflow.newActivityStub(
          DocumentIntakeActivities.class, DocumentIntakeOptions.activityOptions());
  private final PracticeActivities practice =
      Workflow.newActivityStub(PracticeActivities.class, PracticeOptions.defaults());
  private final ChannelActivities channels =
      Workflow.newActivityStub(ChannelActivities.class, ChannelOptions.defaults());
  private final DraftingActivities drafting =
      Workflow.newActivityStub(DraftingActivities.class, DraftingOptions.defaults());

  private final RefillState state = new RefillState();
  private RefillPolicy policy;
  private RefillInput input;
  private boolean lastStepByPerson;

  public RefillWorkflowImpl() {
    super(OUTCOME_TYPE);
  }

  @Override
  public RefillResult run(RefillInput in) {
    this.input = in;
    outcome.site(in.site());
    try {
      policy = policies.policy(in.site());
    } catch (ActivityFailure e) {
      // A misconfigured site must not strand the request: go on with the defaults, on record.
      outcome.record(TimelineKind.ATTEMPT_FAILED, "policy:" + failureType(e));
      policy = RefillPolicy.defaults();
      note("policy-defaults-used");
    }

    outcome.enterStage(RefillStages.INTAKE);
    Map<String, String> fields = fields(in);
    note("source:" + code(in.source()));

    if (!matchPatient(fields)) {
      return finish("closed-by-staff", null);
    }
    if (!matchMedication(fields)) {
      return finish("closed-by-staff", null);
    }
    String route = applyPolicy();
    if ("review".equals(route)) {
      review();
    }
    notifyDecision();
    awaitPharmacy();
    if (RefillDecision.VISIT_REQUIRED.equals(state.decision)) {
      return finish(bookVisit() ? "visit-booked" : "visit-not-booked", state.decision);
    }
    String status =
        state.pharmacyConfirmed ? state.decision + "-confirmed" : state.decision + "-unconfirmed";
    return finish(status, state.decision);
  }

  // ---- intake ---------------------------------------------------------------------------------

  /** The request's fields: from the fax's facts (read now when not given), else none. */
  private Map<String, String> fields(RefillInput in) {
    Map<String, String> out = new LinkedHashMap<>();
    DocumentFacts facts = in.facts();
    if (facts == null && in.documentId() != null) {
      try {
        facts = documents.understand(in.documentId());
      } catch (ActivityFailure e) {
        outcome.record(TimelineKind.ATTEMPT_FAILED, "understand:" + failureType(e));
      }
    }
    if (facts != null) {
      for (Map.Entry<String, ExtractedField> f : facts.fields().entrySet()) {
        if (f.getValue().valid() && f.getValue().value() != null) {
          out.put(f.getKey(), f.getValue().value().strip());
        }
      }
      note("fields:" + String.join(",", out.keySet()));
    }
    return out;
  }

  // ---- patient --------------------------------------------------------------------------------

  private boolean matchPatient(Map<String, String> fields) {
    outcome.enterStage(RefillStages.MATCH_PATIENT);
    String ref = input.patientRef();
    if (ref == null && input.message() != null && looksLikePatient(input.message().fromRef())) {
      ref = input.message().fromRef();
    }
    String problem = null;
    if (ref == null) {
      PatientQuery query = query(fields);
      if (query == null) {
        problem = "no-identity-fields";
      } else {
        try {
          PatientMatch match = practice.matchPatient(query);
          if (match.status() == MatchStatus.MATCHED) {
            ref = match.patientRef();
            note("patient-matched:" + match.basis());
          } else {
            problem = match.status().name().toLowerCase(Locale.ROOT);
          }
        } catch (ActivityFailure e) {
          problem = "match-failed:" + failureType(e);
        }
      }
    }
    if (ref == null) {
      HumanTask task = ask(coordinatorTask("patient-not-identified").withContext("tried", problem));
      if (RefillResolutions.CLOSE.equals(task.resolution())) {
        return false;
      }
      ref = task.resolution().substring("patient:".length());
      note("patient-chosen-by-staff");
    }
    state.patientRef = ref;
    try {
      PatientPreferences p = practice.patientPreferences(ref);
      state.language = p.language();
      state.timeZone = p.timeZone();
    } catch (ActivityFailure e) {
      outcome.record(TimelineKind.ATTEMPT_FAILED, "preferences:" + failureType(e));
    }
    return true;
  }

  private static boolean looksLikePatient(String ref) {
    return ref != null && ref.startsWith("pt-");
  }

  private static PatientQuery query(Map<String, String> f) {
    String name = f.get("patient_name");
    LocalDate dob = null;
    try {
      dob = f.get("dob") == null ? null : LocalDate.parse(f.get("dob"));
    } catch (DateTimeParseException bad) {
      // no usable date of birth
    }
    String[] parts = name == null ? new String[0] : name.trim().split("\\s+");
    if (f.get("mrn") == null && (parts.length < 2 || dob == null)) {
      return null;
    }
    String first = parts.length < 2 ? null : parts[0];
    String last =
        parts.length < 2 ? null : String.join(" ", List.of(parts).subList(1, parts.length));
    return new PatientQuery(first, last, dob, f.get("phone"), f.get("mrn"));
  }

  // ---- medication -----------------------------------------------------------------------------

  private boolean matchMedication(Map<String, String> fields) {
    outcome.enterStage(RefillStages.MATCH_MEDICATION);
    List<Medication> meds = List.of();
    try {
      meds = practice.medications(state.patientRef);
    } catch (ActivityFailure e) {
      outcome.record(TimelineKind.ATTEMPT_FAILED, "medications:" + failureType(e));
    }
    String text = input.message() == null ? null : input.message().text();
    MedicationMatch match = null;
    if (!meds.isEmpty()) {
      try {
        match =
            matcher.match(
                new MedicationMatchRequest(fields.get("drug"), fields.get("strength"), text, meds));
      } catch (ActivityFailure e) {
        outcome.record(TimelineKind.ATTEMPT_FAILED, "match-medication:" + failureType(e));
      }
    }
    if (match != null && match.matched()) {
      state.medication = find(meds, match.rxRef());
      note("medication-matched:" + match.basis());
    }
    while (state.medication == null) {
      String tried =
          meds.isEmpty()
              ? "no-prescriptions-on-file"
              : match == null ? "match-failed" : match.status().toLowerCase(Locale.ROOT);
      HumanTaskSpec spec =
          coordinatorTask("medication-not-matched")
              .withContext("tried", tried)
              .withContext(
                  "candidates",
                  match == null || match.candidates().isEmpty()
                      ? joinRefs(meds)
                      : String.join(",", match.candidates()));
      HumanTask task = ask(spec);
      if (RefillResolutions.CLOSE.equals(task.resolution())) {
        return false;
      }
      state.medication = find(meds, task.resolution().substring("rx:".length()));
      if (state.medication == null) {
        note("medication-chosen-unknown");
      } else {
        note("medication-chosen-by-staff");
      }
    }
    state.pharmacyRef =
        input.documentId() != null
            ? "fax-sender:" + input.documentId()
            : state.medication.pharmacyRef();
    return true;
  }

  private static Medication find(List<Medication> meds, String rxRef) {
    return meds.stream().filter(m -> m.rxRef().equals(rxRef)).findFirst().orElse(null);
  }

  private static String joinRefs(List<Medication> meds) {
    return meds.isEmpty()
        ? "none"
        : String.join(",", meds.stream().map(Medication::rxRef).toList());
  }

  // ---- policy ---------------------------------------------------------------------------------

  /** Returns {@code review} when a prescriber decides, else decides by policy. */
  private String applyPolicy() {
    outcome.enterStage(RefillStages.POLICY);
    Medication med = state.medication;
    try {
      state.visit = practice.lastVisit(state.patientRef);
    } catch (ActivityFailure e) {
      outcome.record(TimelineKind.ATTEMPT_FAILED, "last-visit:" + failureType(e));
    }
    LocalDate today =
        Instant.ofEpochMilli(Workflow.currentTimeMillis()).atZone(zone()).toLocalDate();
    LocalDate last = state.visit == null ? null : state.visit.lastVisit();
    int limit =
        med.controlled() ? policy.controlledMaxMonthsSinceVisit() : policy.maxMonthsSinceVisit();
    boolean overdue = last == null || last.plusMonths(limit).isBefore(today);
    if (med.controlled()) {
      finding("controlled-substance:" + med.controlledSchedule().toLowerCase(Locale.ROOT));
    }
    if (last == null) {
      finding("no-visit-on-file");
    } else {
      finding("months-since-visit:" + ChronoUnit.MONTHS.between(last, today));
    }
    finding(overdue ? "visit-overdue" : "visit-current");
    if (med.controlled()) {
      return "review"; // controlled substances: always a clinician
    }
    if (overdue) {
      decide(RefillDecision.VISIT_REQUIRED, "policy-max-months-since-visit", "policy");
      return "decided";
    }
    if (policy.autoApprove()) {
      decide(RefillDecision.APPROVED, "protocol", "policy");
      return "decided";
    }
    return "review";
  }

  private void finding(String code) {
    state.findings.add(code);
    note("finding:" + code);
  }

  private void decide(String decision, String reason, String by) {
    state.decision = decision;
    state.decisionReason = reason;
    state.decidedBy = by;
    note("decision:" + decision + (reason == null ? "" : ":" + reason));
  }

  // ---- prescriber review ----------------------------------------------------------------------

  private void review() {
    outcome.enterStage(RefillStages.PRESCRIBER_REVIEW);
    Medication med = state.medication;
    String reason = med.controlled() ? "controlled-substance-review" : "refill-approval";
    HumanTaskSpec spec =
        task(policy.prescriberRole(), reason)
            .withContext("rxRef", med.rxRef())
            .withContext("prescriberRef", orNone(med.prescriberRef()))
            .withContext("controlled", med.controlled() ? med.controlledSchedule() : "no")
            .withContext(
                "lastVisit",
                state.visit == null || state.visit.lastVisit() == null
                    ? "none"
                    : state.visit.lastVisit().toString())
            .withContext("lastFill", med.lastFill() == null ? "none" : med.lastFill().toString())
            .withContext("findings", String.join(",", state.findings))
            .withContext("suggestion", "approve|deny:<reason>|needs-visit");
    if (med.controlled()) {
      spec = spec.withPriority(2);
    }
    String[] roles = policy.prescriberEscalationRoles().toArray(String[]::new);
    if (roles.length > 0) {
      spec = spec.withEscalation(policy.prescriberEscalateAfter(), roles);
    }
    HumanTask task = ask(spec);
    String r = task.resolution();
    if (RefillResolutions.APPROVE.equals(r)) {
      decide(RefillDecision.APPROVED, null, "prescriber");
    } else if (RefillResolutions.NEEDS_VISIT.equals(r)) {
      decide(RefillDecision.VISIT_REQUIRED, "prescriber", "prescriber");
    } else {
      decide(RefillDecision.DENIED, r.substring("deny:".length()), "prescriber");
    }
  }

  // ---- notify ---------------------------------------------------------------------------------

  private void notifyDecision() {
    outcome.enterStage(RefillStages.NOTIFY);
    if (state.pharmacyRef == null) {
      note("no-pharmacy-on-file");
    } else {
      try {
        outcome.attempts(
            RefillStages.NOTIFY,
            attempt -> {
              faxPharmacyOrThrow(1);
              return null;
            });
      } catch (ApplicationFailure e) {
        if (!Outcome.STAGE_EXHAUSTED.equals(e.getType())) {
          throw e;
        }
        note("pharmacy-not-reached");
      }
    }
    tellPatient();
  }

  /** Sends decision fax number {@code n}; anything short of ACCEPTED is thrown. */
  private void faxPharmacyOrThrow(int n) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("practice_name", policy.practiceName());
    facts.put("refill_ref", shortRef(key()));
    facts.put("medication", medicationText());
    facts.put("refill_decision", state.decision);
    if (RefillDecision.DENIED.equals(state.decision) && state.decisionReason != null) {
      facts.put("deny_reason", state.decisionReason);
    }
    Draft draft =
        draft(RefillStages.PURPOSE_PHARMACY, Audience.REFERRING_PROVIDER, Channel.FAX, "en", facts);
    if (draft == null) {
      throw ApplicationFailure.newFailure("pharmacy draft failed", "PharmacyNotReached");
    }
    String key = IdempotencyKeys.forStep("notify.pharmacy-fax", n);
    SendStatus status = send(Channel.FAX, state.pharmacyRef, draft, key, true);
    if (status == null) {
      throw ApplicationFailure.newFailure("pharmacy fax failed", "PharmacyNotReached");
    }
    if (status != SendStatus.ACCEPTED) {
      throw ApplicationFailure.newNonRetryableFailure(
          "pharmacy fax refused: " + status.name().toLowerCase(Locale.ROOT), "PharmacyNotReached");
    }
  }

  private void tellPatient() {
    List<Channel> order = new ArrayList<>();
    if (input.message() != null && input.message().channel() == Channel.PORTAL) {
      order.add(Channel.PORTAL);
    }
    order.add(Channel.SMS);
    if (!order.contains(Channel.PORTAL)) {
      order.add(Channel.PORTAL);
    }
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("practice_name", policy.practiceName());
    facts.put("medication", medicationText());
    facts.put("refill_decision", state.decision);
    String language = state.language == null ? policy.defaultLanguage() : state.language;
    if (!language.equals("en") && !language.equals("es")) {
      language = "en";
    }
    waitForContactTime();
    for (Channel channel : order) {
      if (state.blockedChannels.contains(channel)) {
        continue;
      }
      Draft draft = draft(RefillStages.PURPOSE_PATIENT, Audience.PATIENT, channel, language, facts);
      if (draft == null) {
        break;
      }
      String key = IdempotencyKeys.forStep("notify.patient-" + lower(channel), 1);
      if (send(channel, state.patientRef, draft, key, false) == SendStatus.ACCEPTED) {
        state.patientTold = true;
        return;
      }
    }
    note("patient-not-told");
  }

  private void waitForContactTime() {
    Instant now = Deadline.now();
    Instant allowed = BusinessCalendar.standard().nextContactTime(now, zone());
    if (allowed.isAfter(now)) {
      outcome.record(TimelineKind.DEFERRED, "quiet-hours");
      Deadline.sleepUntil(allowed);
    }
  }

  private String medicationText() {
    Medication m = state.medication;
    return m.strength() == null ? m.drug() : m.drug() + " " + m.strength();
  }

  private Draft draft(
      String purpose, Audience audience, Channel channel, String language, Map<String, String> f) {
    try {
      Draft d = drafting.draft(new DraftRequest(purpose, audience, channel, language, f));
      String who = d.provenance() == null ? "unknown" : d.provenance().code();
      note("ai:draft:" + purpose + ":" + who);
      return d;
    } catch (ActivityFailure e) {
      outcome.record(TimelineKind.ATTEMPT_FAILED, "draft:" + purpose + ":" + failureType(e));
      return null;
    }
  }

  private SendStatus send(
      Channel channel, String recipient, Draft draft, String key, boolean pharmacy) {
    OutboundMessage message =
        new OutboundMessage(
            channel,
            recipient,
            draft.templateId(),
            draft.variables(),
            draft.language(),
            key,
            draft.body());
    String ch = lower(channel);
    SendReceipt receipt;
    try {
      receipt = channels.send(message);
    } catch (ActivityFailure e) {
      String type = failureType(e);
      outcome.record(TimelineKind.ATTEMPT_FAILED, "send:" + ch + ":" + type);
      if (!pharmacy && ChannelActivities.UNKNOWN_RECIPIENT.equals(type)) {
        state.blockedChannels.add(channel);
      }
      return null;
    }
    switch (receipt.status()) {
      case ACCEPTED -> {
        state.sent.put(key, receipt.messageId());
        if (pharmacy) {
          state.pharmacyMessages.add(receipt.messageId());
        }
        note("sent:" + ch + ":" + draft.templateId());
      }
      case OPTED_OUT, WRONG_NUMBER -> {
        note(receipt.status().name().toLowerCase(Locale.ROOT).replace('_', '-') + ":" + ch);
        if (!pharmacy) {
          state.blockedChannels.add(channel);
        }
      }
    }
    return receipt.status();
  }

  // ---- pharmacy confirmation ------------------------------------------------------------------

  private void awaitPharmacy() {
    if (state.pharmacyRef == null) {
      return;
    }
    outcome.enterStage(RefillStages.PHARMACY_CONFIRMATION);
    if (state.pharmacyMessages.isEmpty()) {
      // The fax never went out: a person reaches the pharmacy.
      staffConfirm("pharmacy-not-confirmed", "fax-not-sent");
      return;
    }
    HumanTaskSpec staff =
        coordinatorTask("pharmacy-not-confirmed")
            .withContext("pharmacyRef", state.pharmacyRef)
            .withContext("decision", state.decision)
            .withContext("tried", "fax-x" + (policy.pharmacyResends() + 1))
            .withContext("suggestion", "call-pharmacy");
    LadderResult result =
        RefillStages.confirmationLadder(policy.pharmacyConfirmWaits(), staff)
            .climb(
                outcome,
                () -> state.pharmacyConfirmed,
                (rung, level) -> {
                  try {
                    faxPharmacyOrThrow(level + 1);
                  } catch (ApplicationFailure e) {
                    note("resend-failed:" + level);
                  }
                });
    if (result.resolvedByHuman()) {
      lastStepByPerson = true;
      applyStaffConfirmation(result.task());
    }
  }

  private void staffConfirm(String reason, String tried) {
    HumanTask task =
        ask(
            coordinatorTask(reason)
                .withContext("pharmacyRef", state.pharmacyRef)
                .withContext("decision", state.decision)
                .withContext("tried", tried),
            () -> state.pharmacyConfirmed);
    if (task.status() == HumanTask.Status.COMPLETED) {
      lastStepByPerson = true;
      applyStaffConfirmation(task);
    }
  }

  private void applyStaffConfirmation(HumanTask task) {
    if (RefillResolutions.CONFIRMED_BY_PHONE.equals(task.resolution())) {
      state.pharmacyConfirmed = true;
      state.confirmedBy = "staff";
      note("pharmacy-confirmed-by-staff");
    } else {
      note("pharmacy-unconfirmed-closed-by-staff");
    }
  }

  // ---- visit ----------------------------------------------------------------------------------

  private boolean bookVisit() {
    outcome.enterStage(RefillStages.BOOK_VISIT);
    String specialty =
        state.visit != null && state.visit.specialty() != null
            ? state.visit.specialty()
            : policy.visitSpecialty();
    Instant now = Deadline.now();
    List<String> slots = new ArrayList<>();
    try {
      for (Slot s :
          practice.findSlots(
              specialty,
              Urgency.ROUTINE,
              new SlotWindow(now, now.plus(Duration.ofDays(policy.visitSearchDays()))))) {
        if (slots.size() < 3) {
          slots.add(s.slotId());
        }
      }
    } catch (ActivityFailure e) {
      outcome.record(TimelineKind.ATTEMPT_FAILED, "find-slots:" + failureType(e));
    }
    for (int n = 1; ; n++) {
      HumanTask task =
          ask(
              coordinatorTask("book-visit")
                  .withContext("specialty", specialty)
                  .withContext("slots", slots.isEmpty() ? "none" : String.join(",", slots))
                  .withContext("suggestion", "call-patient"));
      lastStepByPerson = true;
      String r = task.resolution();
      if (RefillResolutions.PATIENT_DECLINED.equals(r)) {
        note("visit-declined");
        return false;
      }
      if (r.startsWith("booked:")) {
        state.appointmentId = r.substring("booked:".length());
        note("visit-booked-by-staff");
        return true;
      }
      try {
        Appointment a =
            practice.bookAppointment(
                state.patientRef,
                r.substring("book:".length()),
                IdempotencyKeys.forStep("book-visit.appointment", n));
        state.appointmentId = a.appointmentId();
        note("visit-booked");
        return true;
      } catch (ActivityFailure e) {
        outcome.record(TimelineKind.ATTEMPT_FAILED, "book:" + failureType(e));
        slots.remove(r.substring("book:".length()));
      }
    }
  }

  // ---- helpers --------------------------------------------------------------------------------

  private RefillResult finish(String status, String decision) {
    if (lastStepByPerson) {
      // Keeps the completing Update and the end of the run in separate workflow tasks.
      Workflow.sleep(Duration.ofSeconds(1));
    }
    outcome.complete(status);
    return new RefillResult(status, decision);
  }

  private HumanTaskSpec task(String role, String reason) {
    HumanTaskSpec spec =
        HumanTaskSpec.forRole(role, reason)
            .withContext("refillKey", key())
            .withContext("source", code(input.source()))
            .withContext("patientRef", orNone(state.patientRef));
    if (input.documentId() != null) {
      spec = spec.withContext("documentId", input.documentId());
      spec = spec.withContextRef("document:" + input.documentId());
    }
    return spec;
  }

  private HumanTaskSpec coordinatorTask(String reason) {
    return task("coordinator", reason)
        .withEscalation(policy.coordinatorEscalateAfter(), "supervisor");
  }

  private HumanTask ask(HumanTaskSpec spec) {
    return ask(spec, () -> false);
  }

  private HumanTask ask(HumanTaskSpec spec, java.util.function.Supplier<Boolean> unless) {
    return outcome.awaitHumanTask(spec, unless);
  }

  private String key() {
    String id = Workflow.getInfo().getWorkflowId();
    return id.startsWith(OUTCOME_TYPE + "/") ? id.substring(OUTCOME_TYPE.length() + 1) : id;
  }

  /**
   * The reference a fax may quote: the request key, or the first 16 characters of a long one (a
   * document id is 64 hex digits; drafting takes references of at most 60).
   */
  static String shortRef(String key) {
    return key.length() <= 40 ? key : key.substring(0, 16);
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

  private void note(String code) {
    outcome.record(TimelineKind.NOTE, code);
  }

  private static String lower(Channel c) {
    return c.name().toLowerCase(Locale.ROOT);
  }

  private static String orNone(String v) {
    return v == null || v.isBlank() ? "none" : v;
  }

  private static String code(String v) {
    return v == null || !v.matches("[a-z0-9-]{1,40}") ? "other" : v;
  }

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

  // ---- signals and Update ---------------------------------------------------------------------

  @Override
  public void inbound(InboundMessage m) {
    if (m == null) {
      return;
    }
    if (m.kind() == InboundKind.DELIVERY_RECEIPT) {
      if (m.inReplyTo() != null && state.pharmacyMessages.contains(m.inReplyTo())) {
        DeliveryStatus d = m.deliveryStatus();
        note("pharmacy-fax-receipt:" + (d == null ? "unknown" : d.name().toLowerCase(Locale.ROOT)));
      }
      return;
    }
    if (m.kind() != InboundKind.STOP
        && m.kind() != InboundKind.WRONG_NUMBER
        && !state.pharmacyMessages.isEmpty()
        && state.fromPharmacy(m.inReplyTo(), m.fromRef())) {
      if (!state.pharmacyConfirmed) {
        state.pharmacyConfirmed = true;
        state.confirmedBy = "pharmacy";
        note("pharmacy-confirmed");
      }
      return;
    }
    note("inbound:" + m.kind().name().toLowerCase(Locale.ROOT));
  }

  @Override
  public void validateCompleteTask(TaskCompletion completion) {
    super.validateCompleteTask(completion);
    for (HumanTask task : outcome.state().tasks()) {
      if (task.id().equals(completion.taskId())) {
        String problem = RefillResolutions.problem(task.reason(), completion.resolution());
        if (problem != null) {
          throw new IllegalArgumentException(problem);
        }
      }
    }
  }
}
