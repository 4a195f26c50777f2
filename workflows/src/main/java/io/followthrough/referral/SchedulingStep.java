package io.followthrough.referral;

import io.followthrough.practice.Appointment;
import io.followthrough.practice.AppointmentEvent;
import io.followthrough.practice.AppointmentStatus;
import io.followthrough.practice.PracticeActivities;
import io.followthrough.practice.Slot;
import io.followthrough.practice.SlotWindow;
import io.followthrough.practice.Urgency;
import io.followthrough.sdk.Deadline;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.IdempotencyKeys;
import io.temporal.failure.ActivityFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Stage {@code scheduling}: a person books the appointment the patient wants ({@code
 * book-appointment}, resolution {@code book:<slotId>}; the task suggests the earliest free slots),
 * or takes up a slot a person already chose. The workflow books it in the practice system
 * (idempotent); a slot taken meanwhile ({@code SlotTaken}) opens the task again with fresh
 * suggestions. A booking that arrives by signal (self-scheduled, or booked in the EHR) wins.
 */
final class SchedulingStep {
  private final ReferralContext ctx;
  private int bookings;

  SchedulingStep(ReferralContext ctx) {
    this.ctx = ctx;
  }

  /** {@link Decision.Kind#BOOKED} with {@code state.appointment} set, or another decision. */
  Decision run(Decision wanted) {
    ctx.outcome.enterStage(ReferralStages.SCHEDULING);
    String slotId = wanted.is(Decision.Kind.BOOK_SLOT) ? wanted.code() : null;
    String tried =
        wanted.is(Decision.Kind.BOOK_SLOT) ? "staff-chose-slot" : "patient-wants-appointment";
    while (true) {
      if (ctx.state.pendingBooking != null) {
        adoptBooking();
        return Decision.of(Decision.Kind.BOOKED);
      }
      if (slotId == null) {
        HumanTask task =
            ctx.ask(
                ctx.task("coordinator", "book-appointment")
                    .withContext("tried", tried)
                    .withContext("suggestion", suggestions()),
                () -> ctx.state.pendingBooking != null);
        if (task.status() != HumanTask.Status.COMPLETED) {
          continue;
        }
        Decision d = ReferralResolutions.decision(task.resolution());
        if (!d.is(Decision.Kind.BOOK_SLOT)) {
          return d;
        }
        slotId = d.code();
      }
      bookings++;
      try {
        Appointment a =
            ctx.practice.bookAppointment(
                ctx.state.patientRef,
                slotId,
                IdempotencyKeys.forStep(ctx.outcome.stage() + ".book", bookings));
        take(a);
        ctx.note("booked:" + a.appointmentId());
        return Decision.of(Decision.Kind.BOOKED);
      } catch (ActivityFailure e) {
        String type = ReferralContext.failureType(e);
        ctx.note("booking-failed:" + type);
        tried =
            PracticeActivities.SLOT_TAKEN.equals(type)
                ? "slot-taken:" + slotId
                : "booking-failed:" + type;
        slotId = null;
      }
    }
  }

  /** Takes up the booking a signal brought in, with its start time from the practice system. */
  void adoptBooking() {
    AppointmentEvent e = ctx.state.pendingBooking;
    ctx.state.pendingBooking = null;
    Appointment a;
    try {
      a = ctx.practice.appointment(e.appointmentId());
    } catch (ActivityFailure failure) {
      ctx.note("appointment-read-failed:" + ReferralContext.failureType(failure));
      a =
          new Appointment(
              e.appointmentId(), e.patientRef(), e.slotId(), null, null, AppointmentStatus.BOOKED);
    }
    take(a);
    ctx.note("booking-adopted:" + a.appointmentId());
  }

  private void take(Appointment a) {
    ctx.state.appointment = a;
    ctx.state.appointmentStatus = a.status() == null ? AppointmentStatus.BOOKED : a.status();
    AppointmentEvent pending = ctx.state.pendingBooking;
    if (pending != null && a.appointmentId().equals(pending.appointmentId())) {
      ctx.state.pendingBooking = null;
    }
  }

  private String suggestions() {
    Instant now = Deadline.now();
    int days = ctx.urgent() ? ctx.policy.urgentSlotSearchDays() : ctx.policy.slotSearchDays();
    Urgency urgency = ctx.urgent() ? Urgency.URGENT : Urgency.ROUTINE;
    try {
      List<Slot> slots =
          ctx.practice.findSlots(
              ReferralContext.orNone(ctx.state.specialty),
              urgency,
              new SlotWindow(now, now.plus(Duration.ofDays(days))));
      return ReferralContext.joined(slots.stream().limit(3).map(Slot::slotId).toList());
    } catch (ActivityFailure e) {
      return "none:" + ReferralContext.failureType(e);
    }
  }
}
