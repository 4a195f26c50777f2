package io.followthrough.recovery;

import io.followthrough.channels.Channel;
import io.followthrough.channels.InboundKind;
import io.followthrough.channels.InboundMessage;
import io.followthrough.drafting.Audience;
import io.followthrough.drafting.DraftingActivities;
import io.followthrough.drafting.DraftingOptions;
import io.followthrough.drafting.ReplyDecision;
import io.followthrough.drafting.ReplyIntent;
import io.followthrough.drafting.ReplyRequest;
import io.followthrough.practice.Appointment;
import io.followthrough.practice.PatientPreferences;
import io.followthrough.practice.PracticeActivities;
import io.followthrough.practice.PracticeOptions;
import io.followthrough.practice.Slot;
import io.followthrough.sdk.BusinessCalendar;
import io.followthrough.sdk.Deadline;
import io.followthrough.sdk.EscalationLadder;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.HumanTaskSpec;
import io.followthrough.sdk.IdempotencyKeys;
import io.followthrough.sdk.LadderResult;
import io.followthrough.sdk.Outcome;
import io.followthrough.sdk.TimelineKind;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Goal (b): bring the cancelling patient back. Offers the earliest free time in the specialty (SMS,
 * else email, else voice), then climbs the ladder while the patient is silent: SMS reminder, email
 * reminder (voice when email is not usable), a coordinator task with context. "Yes" books the
 * offered time (taken meanwhile: a new time is offered, up to the policy's rounds); a decline ends
 * it with the reason code; anything unclear goes to a coordinator. Not contacted when another
 * running outcome owns the patient, or the cancellation's reason says not to.
 */
final class PatientRebooking {
  private static final List<Channel> FIRST = List.of(Channel.SMS, Channel.EMAIL, Channel.VOICE);

  private final Outcome outcome;
  private final RecoveryState state;
  private final RecoveryPolicy policy;
  private final RecoveryMessenger messenger;
  private final BusinessCalendar calendar;
  private final ZoneId practiceZone;
  private final Slot freedSlot;
  private final CancellationRecoveryInput input;
  private final PracticeActivities practice =
      Workflow.newActivityStub(PracticeActivities.class, PracticeOptions.defaults());
  private final DraftingActivities drafting =
      Workflow.newActivityStub(DraftingActivities.class, DraftingOptions.defaults());
  private String language;
  private ZoneId zone;
  private String tried = "none";

  PatientRebooking(
      Outcome outcome,
      RecoveryState state,
      RecoveryPolicy policy,
      RecoveryMessenger messenger,
      BusinessCalendar calendar,
      ZoneId practiceZone,
      Slot freedSlot,
      CancellationRecoveryInput input) {
    this.outcome = outcome;
    this.state = state;
    this.policy = policy;
    this.messenger = messenger;
    this.calendar = calendar;
    this.practiceZone = practiceZone;
    this.freedSlot = freedSlot;
    this.input = input;
  }

  void run() {
    if (input.ownerWorkflowId() != null) {
      // The outcome that booked the appointment was told and works the patient: no double contact.
      outcome.record(TimelineKind.NOTE, "patient-owned-by-other-outcome");
      resolve("owned-by-other-outcome");
      return;
    }
    if (input.reasonCode() != null && policy.noRebookReasons().contains(input.reasonCode())) {
      outcome.record(TimelineKind.NOTE, "not-chased:" + input.reasonCode());
      resolve("not-chased");
      return;
    }
    preferences();
    for (int round = 1; state.patient == null && round <= policy.maxRebookRounds(); round++) {
      Slot offered = nextSlot();
      if (offered == null) {
        staffTask("no-time-to-offer", null);
        return;
      }
      String step = "rebook.r" + round;
      String first = waitAndSend(step + ".offer", 1, "rebook-offer", FIRST, offered);
      tried = first == null ? "no-usable-channel" : "offer-sent";
      EscalationLadder ladder =
          EscalationLadder.builder()
              .rung("sms-reminder", "sms", policy.rebookWaits().get(0))
              .rung("email-reminder", "email", policy.rebookWaits().get(1))
              .humanTask(
                  "staff-call",
                  policy.rebookWaits().get(2),
                  task("patient-silent", offered)
                      .withContext("tried", "rebook-offer,sms-reminder,email-reminder"))
              .build();
      final int r = round;
      LadderResult result =
          ladder.climb(
              outcome,
              this::heardBack,
              (rung, level) -> {
                List<Channel> order =
                    "sms".equals(rung.channel())
                        ? List.of(Channel.SMS, Channel.EMAIL, Channel.VOICE)
                        : List.of(Channel.EMAIL, Channel.VOICE, Channel.SMS);
                if (waitAndSend(step + "." + rung.name(), level, "rebook-offer", order, offered)
                    != null) {
                  tried = rung.name();
                }
              });
      if (state.patient != null) {
        return;
      }
      if (result.resolvedByHuman()) {
        apply(result.task().resolution(), r);
        if (state.patient == null) {
          staffTask("book-appointment", null);
        }
        return;
      }
      if (state.patientBookedElsewhere != null) {
        state.rebookedAppointmentId = state.patientBookedElsewhere;
        resolve("rebooked");
        return;
      }
      if (!answer(offered, round)) {
        return; // resolved, or handed to staff
      }
      // The time was taken meanwhile: the next round offers another one.
    }
    if (state.patient == null) {
      staffTask("rebook-rounds-exhausted", null);
    }
  }

  private boolean heardBack() {
    return !state.patientReplies.isEmpty()
        || state.patientBookedElsewhere != null
        || state.patient != null;
  }

  /**
   * Acts on the patient's reply. Returns true when the offered time was taken meanwhile (offer
   * another), false when this goal is resolved or with staff.
   */
  private boolean answer(Slot offered, int round) {
    InboundMessage reply = state.patientReplies.remove(0);
    state.patientReplies.clear(); // one answer per offer; the rest were said in the same breath
    ReplyIntent intent;
    String reason = null;
    if (reply.kind() == InboundKind.AFFIRMATIVE) {
      intent = ReplyIntent.WANTS_APPOINTMENT;
    } else {
      try {
        ReplyDecision d =
            drafting.interpretReply(
                new ReplyRequest("rebook-offer", Audience.PATIENT, reply.text(), language));
        outcome.record(
            TimelineKind.NOTE,
            "ai:reply:"
                + d.intent()
                + ":"
                + String.format(Locale.ROOT, "%.2f", d.confidence())
                + ":"
                + (d.provenance() == null ? "unknown" : d.provenance().code()));
        boolean sure = d.confidence() >= policy.replyConfidence();
        intent = sure ? d.intent() : ReplyIntent.NEEDS_PERSON;
        reason = d.reasonCode();
        if (reply.kind() == InboundKind.DECLINE && intent == ReplyIntent.NEEDS_PERSON && sure) {
          intent = ReplyIntent.DECLINES;
        }
      } catch (ActivityFailure e) {
        outcome.record(
            TimelineKind.ATTEMPT_FAILED, "interpret:" + RecoveryMessenger.failureType(e));
        intent = ReplyIntent.NEEDS_PERSON;
      }
    }
    switch (intent) {
      case WANTS_APPOINTMENT -> {
        return !book(offered.slotId(), "rebook.book", round);
      }
      case DECLINES -> {
        state.declineReason = reason == null ? "unspecified" : reason;
        outcome.record(TimelineKind.NOTE, "declined:" + state.declineReason);
        resolve("declined");
        return false;
      }
      default -> {
        tried = "unclear-reply";
        staffTask("read-patient-reply", offered);
        return false;
      }
    }
  }

  /**
   * Books {@code slotId}; true when booked, false when the slot was taken (or the booking failed).
   */
  private boolean book(String slotId, String step, int n) {
    try {
      Appointment a =
          practice.bookAppointment(state.patientRef, slotId, IdempotencyKeys.forStep(step, n));
      state.rebookedAppointmentId = a.appointmentId();
      resolve("rebooked");
      messenger.send(
          state.patientRef,
          "rebook.confirmed",
          n,
          "rebook-confirmed",
          FIRST,
          language,
          RecoveryMessenger.facts(
              "practice_name", policy.practiceName(),
              "specialty", freedSlot == null ? null : freedSlot.specialty(),
              "appointment_at", local(a.start())));
      return true;
    } catch (ActivityFailure e) {
      String type = RecoveryMessenger.failureType(e);
      outcome.record(TimelineKind.ATTEMPT_FAILED, "book:" + type);
      tried = "slot-taken:" + slotId;
      return false;
    }
  }

  /** Opens a coordinator task and applies its resolution (again on a taken slot). */
  private void staffTask(String reason, Slot offered) {
    for (int i = 1; state.patient == null; i++) {
      HumanTask task =
          outcome.awaitHumanTask(
              task(reason, offered),
              () -> state.patient != null || state.patientBookedElsewhere != null);
      if (task.status() != HumanTask.Status.COMPLETED) {
        if (state.patientBookedElsewhere != null && state.patient == null) {
          state.rebookedAppointmentId = state.patientBookedElsewhere;
          resolve("rebooked");
        }
        return;
      }
      apply(task.resolution(), 100 + i);
      reason = "book-appointment";
    }
  }

  private void apply(String resolution, int n) {
    if (resolution == null) {
      return;
    }
    if (resolution.startsWith("book:")) {
      book(resolution.substring("book:".length()), "rebook.staff-book", n);
    } else if (resolution.startsWith("declined:")) {
      state.declineReason = resolution.substring("declined:".length());
      resolve("declined");
    } else if (resolution.equals("rebooked")) {
      resolve("rebooked");
    } else if (resolution.equals("unreachable")) {
      resolve("unreachable");
    } else {
      resolve("closed-by-staff");
    }
  }

  private HumanTaskSpec task(String reason, Slot offered) {
    HumanTaskSpec spec =
        HumanTaskSpec.forRole("coordinator", reason)
            .withContext("appointmentId", state.appointmentId)
            .withContext("patientRef", state.patientRef)
            .withContext("cancelReason", input.reasonCode() == null ? "none" : input.reasonCode())
            .withContext("tried", tried)
            .withContextRef(state.patientRef)
            .withEscalation(policy.taskEscalateAfter(), "supervisor");
    List<Slot> suggestions = suggestions();
    if (!suggestions.isEmpty()) {
      spec =
          spec.withContext(
              "suggestion",
              suggestions.stream().map(Slot::slotId).limit(3).collect(Collectors.joining(",")));
    }
    return spec;
  }

  private List<Slot> suggestions() {
    if (freedSlot == null) {
      return List.of();
    }
    try {
      return free();
    } catch (ActivityFailure e) {
      return List.of();
    }
  }

  private Slot nextSlot() {
    if (freedSlot == null) {
      return null;
    }
    try {
      List<Slot> free = free();
      return free.isEmpty() ? null : free.get(0);
    } catch (ActivityFailure e) {
      outcome.record(TimelineKind.ATTEMPT_FAILED, "find-slots:" + RecoveryMessenger.failureType(e));
      return null;
    }
  }

  /** Free routine times in the specialty, from the policy's lead on, other than the freed slot. */
  private List<Slot> free() {
    Instant from = Deadline.now().plus(policy.minLead());
    return practice
        .findSlots(
            freedSlot.specialty(),
            CancellationRecoveryWorkflowImpl.routine(),
            CancellationRecoveryWorkflowImpl.window(
                from, Duration.ofDays(policy.rebookSearchDays())))
        .stream()
        .filter(s -> !s.slotId().equals(freedSlot.slotId()))
        .toList();
  }

  private String waitAndSend(
      String step, int n, String purpose, List<Channel> order, Slot offered) {
    if (!RecoveryMessenger.waitForContactTime(outcome, calendar, zone, this::heardBack)) {
      outcome.record(TimelineKind.NOTE, "send-abandoned:" + purpose);
      return null;
    }
    return messenger.send(
        state.patientRef,
        step,
        n,
        purpose,
        order,
        language,
        RecoveryMessenger.facts(
            "practice_name", policy.practiceName(),
            "specialty", offered.specialty(),
            "appointment_at", local(offered.start())));
  }

  private void preferences() {
    language = policy.defaultLanguage();
    zone = practiceZone;
    try {
      PatientPreferences p = practice.patientPreferences(state.patientRef);
      if (p.language() != null) {
        language = p.language();
      }
      if (p.timeZone() != null) {
        zone = ZoneId.of(p.timeZone());
      }
    } catch (ActivityFailure e) {
      outcome.record(
          TimelineKind.ATTEMPT_FAILED, "preferences:" + RecoveryMessenger.failureType(e));
    } catch (RuntimeException e) {
      outcome.record(TimelineKind.NOTE, "patient-zone-unknown");
    }
  }

  private String local(Instant at) {
    return at.atZone(zone == null ? practiceZone : zone).toLocalDateTime().toString();
  }

  private void resolve(String how) {
    if (state.patient == null) {
      state.patient = how;
      outcome.record(TimelineKind.NOTE, "patient-" + how);
    }
  }
}
