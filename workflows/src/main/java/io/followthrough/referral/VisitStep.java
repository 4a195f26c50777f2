package io.followthrough.referral;

import io.followthrough.channels.Channel;
import io.followthrough.channels.InboundKind;
import io.followthrough.channels.InboundMessage;
import io.followthrough.channels.SendStatus;
import io.followthrough.practice.Appointment;
import io.followthrough.practice.AppointmentStatus;
import io.followthrough.sdk.Confirmation;
import io.followthrough.sdk.ConfirmationResult;
import io.followthrough.sdk.Deadline;
import io.followthrough.sdk.HumanTask;
import io.temporal.failure.ActivityFailure;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Stages {@code awaiting-visit} and {@code confirm-visit}. The referring office is told the
 * appointment is scheduled (best effort: the final update is the one that must go through), the
 * patient is reminded before the visit (quiet-hours aware), and the visit is confirmed: {@code
 * CHECKED_OUT} means kept. Appointment events settle it; after the visit time a silent world is
 * polled ({@link Confirmation}), and without an answer a coordinator says what happened ({@code
 * confirm-visit}: {@code kept}, {@code no-show}, {@code cancelled}). Patient replies meanwhile go
 * to a coordinator ({@code patient-reply-before-visit}); changes to the appointment come back as
 * appointment events.
 */
final class VisitStep {
  private final ReferralContext ctx;
  private final ReferralMessenger messenger;

  VisitStep(ReferralContext ctx, ReferralMessenger messenger) {
    this.ctx = ctx;
    this.messenger = messenger;
  }

  /** The visit's final status; null when another booking replaced the appointment. */
  AppointmentStatus run() {
    ReferralState s = ctx.state;
    Appointment a = s.appointment;
    Instant start = a.start();
    Duration untilVisit =
        start == null ? Duration.ofMinutes(1) : Duration.between(Deadline.now(), start);
    ctx.outcome.enterStage(
        ReferralStages.AWAITING_VISIT.withDeadline(
            positive(untilVisit).plus(ctx.policy.visitConfirmWithin())));
    Supplier<Boolean> changed = () -> s.appointmentSettled() || replaced(a);
    tellReferrerScheduled(a);
    if (start != null) {
      remind(a, changed);
      waitUntil(start, changed);
    }
    if (replaced(a) && !s.appointmentSettled()) {
      return null;
    }
    if (!s.appointmentSettled()) {
      confirm(a);
    }
    return s.appointmentStatus;
  }

  private void tellReferrerScheduled(Appointment a) {
    Map<String, String> facts = ctx.referrerFacts();
    facts.put("status", "scheduled");
    ReferralContext.putIfKnown(facts, "appointment_at", localDate(a));
    if (messenger.toReferrer(
            "referrer-scheduled-" + a.appointmentId(), 1, ReferralStages.PURPOSE_CLOSE_LOOP, facts)
        != SendStatus.ACCEPTED) {
      ctx.note("referrer-scheduled-update-not-sent");
    }
  }

  private void remind(Appointment a, Supplier<Boolean> changed) {
    Instant at = a.start().minus(ctx.policy.appointmentReminderBefore());
    Instant allowed =
        ctx.calendar()
            .nextContactTime(at.isBefore(Deadline.now()) ? Deadline.now() : at, ctx.zone());
    if (!allowed.isBefore(a.start())) {
      ctx.note("appointment-reminder-skipped");
      return;
    }
    if (!waitUntil(allowed, changed)) {
      return;
    }
    Map<String, String> facts = ctx.patientFacts();
    facts.put("appointment_at", localTime(a));
    ctx.state.lastPatientPurpose = ReferralStages.PURPOSE_APPOINTMENT_REMINDER;
    messenger.toPatient(
        "reminder-" + a.appointmentId(),
        1,
        ReferralStages.PURPOSE_APPOINTMENT_REMINDER,
        List.of(Channel.SMS, Channel.EMAIL, Channel.VOICE),
        facts,
        changed);
  }

  /**
   * Waits until {@code at} unless {@code changed}; patient replies in between go to a coordinator.
   * False when the appointment changed first.
   */
  private boolean waitUntil(Instant at, Supplier<Boolean> changed) {
    ReferralState s = ctx.state;
    while (true) {
      if (!Deadline.awaitUntil(at, () -> changed.get() || !s.patientReplies.isEmpty())) {
        return true;
      }
      if (changed.get()) {
        return false;
      }
      InboundMessage m = s.patientReplies.poll();
      if (m.kind() == InboundKind.AFFIRMATIVE) {
        ctx.note("patient-confirmed-visit");
        continue;
      }
      ctx.ask(
          ctx.task("coordinator", "patient-reply-before-visit")
              .withContext("appointmentId", s.appointment.appointmentId())
              .withContext("inReplyTo", ReferralContext.orNone(m.inReplyTo()))
              .withContext("suggestion", "read-reply-and-update-appointment-in-ehr"),
          changed);
    }
  }

  private void confirm(Appointment a) {
    ReferralState s = ctx.state;
    Duration within = ctx.policy.visitConfirmWithin();
    ctx.outcome.enterStage(ReferralStages.CONFIRM_VISIT.withDeadline(within));
    Duration every =
        ctx.policy.visitPollEvery().compareTo(within) > 0 ? within : ctx.policy.visitPollEvery();
    ConfirmationResult result =
        new Confirmation(every, within)
            .await(ctx.outcome, s::appointmentSettled, poll -> poll(a.appointmentId()));
    if (result != ConfirmationResult.NOT_CONFIRMED) {
      return;
    }
    HumanTask task =
        ctx.ask(
            ctx.task("coordinator", "confirm-visit")
                .withContext("appointmentId", a.appointmentId())
                .withContext(
                    "lastStatus", s.appointmentStatus == null ? "none" : s.appointmentStatus.name())
                .withContext("suggestion", "check-the-visit-in-the-ehr"),
            s::appointmentSettled);
    if (task.status() == HumanTask.Status.COMPLETED) {
      s.appointmentStatus =
          switch (task.resolution()) {
            case "kept" -> AppointmentStatus.CHECKED_OUT;
            case "no-show" -> AppointmentStatus.NO_SHOW;
            default -> AppointmentStatus.CANCELLED;
          };
      ctx.note("visit-" + task.resolution() + "-by-staff");
    }
  }

  private boolean poll(String appointmentId) {
    try {
      AppointmentStatus status = ctx.practice.appointmentStatus(appointmentId);
      if (!ctx.state.appointmentSettled()) {
        ctx.state.appointmentStatus = status;
      }
      return status.isFinal();
    } catch (ActivityFailure e) {
      ctx.note("visit-poll-failed:" + ReferralContext.failureType(e));
      return false;
    }
  }

  private boolean replaced(Appointment a) {
    return ctx.state.pendingBooking != null
        && !a.appointmentId().equals(ctx.state.pendingBooking.appointmentId());
  }

  private String localTime(Appointment a) {
    ZonedDateTime t = a.start().atZone(ctx.zone());
    return t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
  }

  private String localDate(Appointment a) {
    return a.start() == null ? null : a.start().atZone(ctx.zone()).toLocalDate().toString();
  }

  private static Duration positive(Duration d) {
    return d.isNegative() || d.isZero() ? Duration.ofMinutes(1) : d;
  }
}
