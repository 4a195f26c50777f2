package io.followthrough.referral;

import io.followthrough.channels.ChannelActivities;
import io.followthrough.channels.ChannelOptions;
import io.followthrough.documents.DocumentIntakeActivities;
import io.followthrough.documents.DocumentIntakeOptions;
import io.followthrough.drafting.AiProvenance;
import io.followthrough.drafting.DraftingActivities;
import io.followthrough.drafting.DraftingOptions;
import io.followthrough.practice.PracticeActivities;
import io.followthrough.practice.PracticeOptions;
import io.followthrough.practice.Urgency;
import io.followthrough.sdk.BusinessCalendar;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.HumanTaskSpec;
import io.followthrough.sdk.Outcome;
import io.followthrough.sdk.TimelineKind;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Workflow;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What every step of a referral run shares: the outcome, the policy, the state and the activity
 * stubs (each with explicit timeouts and retries), plus small helpers for human tasks and AI
 * provenance. Workflow code only.
 */
final class ReferralContext {
  final Outcome outcome;
  final ReferralState state;
  final ReferralInput input;
  ReferralPolicy policy;

  final DocumentIntakeActivities documents =
      Workflow.newActivityStub(
          DocumentIntakeActivities.class, DocumentIntakeOptions.activityOptions());
  final PracticeActivities practice =
      Workflow.newActivityStub(PracticeActivities.class, PracticeOptions.defaults());
  final ChannelActivities channels =
      Workflow.newActivityStub(ChannelActivities.class, ChannelOptions.defaults());
  final DraftingActivities drafting =
      Workflow.newActivityStub(DraftingActivities.class, DraftingOptions.defaults());

  ReferralContext(Outcome outcome, ReferralState state, ReferralInput input) {
    this.outcome = outcome;
    this.state = state;
    this.input = input;
  }

  /** The referral key (the workflow id without {@code referral/}). */
  String referralKey() {
    return ReferralKeys.keyOf(Workflow.getInfo().getWorkflowId());
  }

  boolean urgent() {
    return state.urgency == Urgency.URGENT;
  }

  /** The patient's zone, else the practice's; never throws on a bad zone name. */
  ZoneId zone() {
    for (String z : new String[] {state.timeZone, policy.practiceZone()}) {
      try {
        if (z != null) {
          return ZoneId.of(z);
        }
      } catch (DateTimeException bad) {
        // fall through to the next candidate
      }
    }
    return ZoneId.of("America/New_York");
  }

  String language() {
    return state.language == null ? policy.defaultLanguage() : state.language;
  }

  BusinessCalendar calendar() {
    return BusinessCalendar.standard().withQuietHours(policy.quietStart(), policy.quietEnd());
  }

  /**
   * A coordinator task with the context every referral task carries (document, referral, patient,
   * specialty, urgency), escalating to a supervisor when nobody answers.
   */
  HumanTaskSpec task(String role, String reason) {
    Duration after = urgent() ? policy.urgentTaskEscalateAfter() : policy.taskEscalateAfter();
    HumanTaskSpec spec =
        HumanTaskSpec.forRole(role, reason)
            .withContext("referralKey", referralKey())
            .withContext("documentId", orNone(input.documentId()));
    spec = spec.withContext("patientRef", orNone(state.patientRef));
    spec = spec.withContext("specialty", orNone(state.specialty));
    spec = spec.withContext("urgency", state.urgency == null ? "none" : state.urgency.name());
    if (input.documentId() != null) {
      spec = spec.withContextRef("document:" + input.documentId());
    }
    if (urgent()) {
      spec = spec.withPriority(1); // urgent referrals head the work queue
    }
    return "coordinator".equals(role) ? spec.withEscalation(after, "supervisor") : spec;
  }

  /** Opens {@code spec} and waits for a person (or {@code unless}). */
  HumanTask ask(HumanTaskSpec spec, Supplier<Boolean> unless) {
    return outcome.awaitHumanTask(spec, unless);
  }

  /**
   * Records an AI decision with the model that made it: {@code ai:<what>:<detail>:<provenance>}.
   */
  void recordAi(String what, String detail, AiProvenance provenance) {
    String who = provenance == null ? "unknown" : provenance.code();
    outcome.record(TimelineKind.NOTE, "ai:" + what + ":" + detail + ":" + who);
  }

  void note(String code) {
    outcome.record(TimelineKind.NOTE, code);
  }

  /**
   * Facts a message to the referring office may state: the referral and the patient as the office
   * wrote them (the office already holds them), the specialty and the practice.
   */
  Map<String, String> referrerFacts() {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("referral_ref", referralKey());
    facts.put("practice_name", policy.practiceName());
    putIfKnown(facts, "specialty", state.specialty);
    putIfKnown(facts, "patient_name", state.fields.value("patient_name"));
    putIfKnown(facts, "patient_dob", state.fields.value("dob"));
    return facts;
  }

  /**
   * Facts a patient message may state (minimum necessary): first name, specialty, practice and the
   * self-schedule link.
   */
  Map<String, String> patientFacts() {
    Map<String, String> facts = new LinkedHashMap<>();
    putIfKnown(facts, "first_name", state.fields.firstName());
    putIfKnown(facts, "specialty", state.specialty);
    facts.put("practice_name", policy.practiceName());
    facts.put("link", policy.scheduleLinkBase() + referralKey());
    return facts;
  }

  static void putIfKnown(Map<String, String> facts, String key, String value) {
    if (value != null && !value.isBlank()) {
      facts.put(key, value);
    }
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

  static String orNone(String value) {
    return value == null || value.isBlank() ? "none" : value;
  }

  static String joined(List<String> codes) {
    return codes.isEmpty() ? "none" : String.join(",", codes);
  }
}
