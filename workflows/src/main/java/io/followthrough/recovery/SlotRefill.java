package io.followthrough.recovery;

import io.followthrough.channels.Channel;
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
import io.followthrough.practice.Urgency;
import io.followthrough.practice.WaitlistActivities;
import io.followthrough.practice.WaitlistCandidate;
import io.followthrough.sdk.BusinessCalendar;
import io.followthrough.sdk.Deadline;
import io.followthrough.sdk.IdempotencyKeys;
import io.followthrough.sdk.Outcome;
import io.followthrough.sdk.TimelineKind;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Goal (a): refill the freed slot from the waitlist. Ranks the waitlist ({@link WaitlistRanking}),
 * offers the slot to a wave of patients at a time, and books the first acceptance (the practice
 * system books a slot atomically: {@code SlotTaken} means someone else holds it). Every other
 * patient offered the slot is told it is taken, exactly once: acceptances are answered in arrival
 * order and none is lost.
 */
final class SlotRefill {
  static final List<Channel> ORDER = List.of(Channel.SMS, Channel.EMAIL);

  private final Outcome outcome;
  private final RecoveryState state;
  private final RecoveryPolicy policy;
  private final RecoveryMessenger messenger;
  private final BusinessCalendar calendar;
  private final ZoneId zone;
  private final WaitlistActivities waitlist;
  private final Slot slot;
  private final PracticeActivities practice =
      Workflow.newActivityStub(PracticeActivities.class, PracticeOptions.defaults());
  private final DraftingActivities drafting =
      Workflow.newActivityStub(DraftingActivities.class, DraftingOptions.defaults());
  private final Map<String, PatientPreferences> preferences = new HashMap<>();

  SlotRefill(
      Outcome outcome,
      RecoveryState state,
      RecoveryPolicy policy,
      RecoveryMessenger messenger,
      BusinessCalendar calendar,
      ZoneId zone,
      WaitlistActivities waitlist,
      Slot slot) {
    this.outcome = outcome;
    this.state = state;
    this.policy = policy;
    this.messenger = messenger;
    this.calendar = calendar;
    this.zone = zone;
    this.waitlist = waitlist;
    this.slot = slot;
  }

  void run() {
    if (slot == null) {
      resolve("unfilled");
      return;
    }
    if (tooLate()) {
      resolve("too-late");
      return;
    }
    if (!stillFree()) {
      resolve("taken-elsewhere");
      return;
    }
    List<WaitlistCandidate> ranked;
    try {
      ranked =
          WaitlistRanking.rank(
              slot,
              waitlist.waitlistCandidates(slot.specialty()),
              state.patientRef,
              zone,
              policy.maxTravelMinutes());
    } catch (ActivityFailure e) {
      outcome.record(TimelineKind.ATTEMPT_FAILED, "waitlist:" + RecoveryMessenger.failureType(e));
      resolve("unfilled");
      return;
    }
    outcome.record(TimelineKind.EVIDENCE, "waitlist-candidates:" + ranked.size());
    if (ranked.isEmpty()) {
      resolve("no-candidates");
      return;
    }
    int next = 0;
    while (state.slot == null && next < ranked.size() && state.wave < policy.maxWaves()) {
      if (state.wave > 0 && !stillFree()) {
        resolve("taken-elsewhere");
        break;
      }
      int end = Math.min(ranked.size(), next + policy.waveSize());
      if (!waitForContactTime(ranked.subList(next, end)) || tooLate()) {
        break;
      }
      state.wave++;
      outcome.record(TimelineKind.NOTE, "wave:" + state.wave);
      for (WaitlistCandidate c : ranked.subList(next, end)) {
        offer(c.entry().patientRef());
      }
      next = end;
      Instant waveEnd = Deadline.now().plus(policy.waveWait());
      Instant lastCall = slot.start().minus(policy.minLead());
      if (lastCall.isBefore(waveEnd)) {
        waveEnd = lastCall;
      }
      while (state.slot == null) {
        Deadline.awaitUntil(
            waveEnd,
            () ->
                !state.acceptQueue.isEmpty()
                    || !state.offerReplies.isEmpty()
                    || state.slotTakenElsewhere
                    || state.allOffersAnswered());
        readReplies();
        answerAcceptances();
        if (state.slot == null && state.slotTakenElsewhere) {
          resolve("taken-elsewhere");
        }
        if (state.slot != null
            || !Deadline.now().isBefore(waveEnd)
            || (state.acceptQueue.isEmpty()
                && state.offerReplies.isEmpty()
                && state.allOffersAnswered())) {
          break;
        }
      }
    }
    if (state.slot == null) {
      resolve("unfilled");
    }
    // Nobody waits for an answer that will not come: every open offer is closed.
    answerAcceptances();
    for (String ref : new ArrayList<>(state.offers.keySet())) {
      if (RecoveryState.OFFERED.equals(state.offers.get(ref))) {
        tellTaken(ref);
      }
    }
  }

  /** Answers acceptances that arrived after the slot was resolved (each exactly once). */
  void answerLateAcceptances() {
    readReplies();
    answerAcceptances();
  }

  private void offer(String ref) {
    int n = state.offerNumbers.size() + 1;
    state.offerNumbers.put(ref, n);
    state.offers.put(ref, RecoveryState.OFFERED);
    String id =
        messenger.send(
            ref,
            "refill.offer",
            n,
            "waitlist-offer",
            ORDER,
            language(ref),
            RecoveryMessenger.facts(
                "practice_name", policy.practiceName(),
                "specialty", slot.specialty(),
                "appointment_at", local(slot.start())));
    if (id == null) {
      state.offers.put(ref, RecoveryState.DECLINED);
      outcome.record(TimelineKind.NOTE, "offer-not-sent");
    }
  }

  /** Books the first acceptance; tells every later one the slot is taken. */
  private void answerAcceptances() {
    while (!state.acceptQueue.isEmpty()) {
      String ref = state.acceptQueue.remove(0);
      String status = state.offers.get(ref);
      if (RecoveryState.BOOKED.equals(status) || RecoveryState.TOLD_TAKEN.equals(status)) {
        continue;
      }
      if (state.slot != null) {
        tellTaken(ref);
        continue;
      }
      int n = state.offerNumbers.get(ref);
      try {
        Appointment a =
            practice.bookAppointment(ref, slot.slotId(), IdempotencyKeys.forStep("refill.book", n));
        state.refillAppointmentId = a.appointmentId();
        state.offers.put(ref, RecoveryState.BOOKED);
        resolve("refilled");
        messenger.send(
            ref,
            "refill.confirmed",
            n,
            "waitlist-confirmed",
            ORDER,
            language(ref),
            RecoveryMessenger.facts(
                "practice_name", policy.practiceName(),
                "specialty", slot.specialty(),
                "appointment_at", local(slot.start())));
      } catch (ActivityFailure e) {
        String type = RecoveryMessenger.failureType(e);
        outcome.record(TimelineKind.ATTEMPT_FAILED, "book:" + type);
        if (PracticeActivities.SLOT_TAKEN.equals(type)) {
          resolve("taken-elsewhere");
        }
        tellTaken(ref);
      }
    }
  }

  /** Free-text replies to an offer: an acceptance or a decline when the AI is sure enough. */
  private void readReplies() {
    while (!state.offerReplies.isEmpty()) {
      InboundMessage m = state.offerReplies.remove(0);
      String ref = m.fromRef();
      if (m.inReplyTo() != null && state.messageRecipients.containsKey(m.inReplyTo())) {
        ref = state.messageRecipients.get(m.inReplyTo());
      }
      try {
        ReplyDecision d =
            drafting.interpretReply(
                new ReplyRequest("waitlist-offer", Audience.PATIENT, m.text(), language(ref)));
        outcome.record(
            TimelineKind.NOTE,
            "ai:reply:"
                + d.intent()
                + ":"
                + String.format(java.util.Locale.ROOT, "%.2f", d.confidence()));
        if (d.confidence() >= policy.replyConfidence()) {
          if (d.intent() == ReplyIntent.WANTS_APPOINTMENT && !state.acceptances.contains(ref)) {
            state.acceptances.add(ref);
            state.acceptQueue.add(ref);
          } else if (d.intent() == ReplyIntent.DECLINES
              && RecoveryState.OFFERED.equals(state.offers.get(ref))) {
            state.offers.put(ref, RecoveryState.DECLINED);
          }
        }
      } catch (ActivityFailure e) {
        outcome.record(
            TimelineKind.ATTEMPT_FAILED, "interpret:" + RecoveryMessenger.failureType(e));
      }
    }
  }

  private void tellTaken(String ref) {
    state.offers.put(ref, RecoveryState.TOLD_TAKEN);
    messenger.send(
        ref,
        "refill.taken",
        state.offerNumbers.get(ref),
        "waitlist-slot-taken",
        ORDER,
        language(ref),
        RecoveryMessenger.facts(
            "practice_name", policy.practiceName(), "specialty", slot.specialty()));
  }

  private void resolve(String how) {
    if (state.slot == null) {
      state.slot = how;
      outcome.record(TimelineKind.NOTE, "slot-" + how);
    }
  }

  private boolean tooLate() {
    return !Deadline.now().isBefore(slot.start().minus(policy.minLead()));
  }

  /** Whether the slot is still free in the practice system (someone may have booked it by hand). */
  private boolean stillFree() {
    if (state.slotTakenElsewhere) {
      return false;
    }
    try {
      return practice
          .findSlots(
              slot.specialty(),
              Urgency.URGENT,
              CancellationRecoveryWorkflowImpl.window(slot.start(), Duration.ofMinutes(1)))
          .stream()
          .anyMatch(s -> s.slotId().equals(slot.slotId()));
    } catch (ActivityFailure e) {
      outcome.record(TimelineKind.ATTEMPT_FAILED, "find-slots:" + RecoveryMessenger.failureType(e));
      return true; // booking will tell (SlotTaken)
    }
  }

  /**
   * Waits until none of the wave's patients is in quiet hours (each in their own zone, else the
   * practice's); false when the slot was resolved meanwhile.
   */
  private boolean waitForContactTime(List<WaitlistCandidate> wave) {
    Instant now = Deadline.now();
    Instant allowed = now;
    for (WaitlistCandidate c : wave) {
      Instant own = calendar.nextContactTime(now, zoneOf(c.entry().patientRef()));
      if (own.isAfter(allowed)) {
        allowed = own;
      }
    }
    if (!allowed.isAfter(now)) {
      return true;
    }
    outcome.record(TimelineKind.DEFERRED, "quiet-hours");
    return !Deadline.awaitUntil(allowed, () -> state.slot != null);
  }

  private String language(String ref) {
    PatientPreferences p = preferences(ref);
    return p.language() == null ? policy.defaultLanguage() : p.language();
  }

  private ZoneId zoneOf(String ref) {
    String z = preferences(ref).timeZone();
    try {
      return z == null ? zone : ZoneId.of(z);
    } catch (RuntimeException e) {
      return zone;
    }
  }

  private PatientPreferences preferences(String ref) {
    PatientPreferences known = preferences.get(ref);
    if (known != null) {
      return known;
    }
    PatientPreferences p;
    try {
      p = practice.patientPreferences(ref);
    } catch (ActivityFailure e) {
      outcome.record(
          TimelineKind.ATTEMPT_FAILED, "preferences:" + RecoveryMessenger.failureType(e));
      p = new PatientPreferences(null, null);
    }
    preferences.put(ref, p);
    return p;
  }

  private String local(Instant at) {
    return at.atZone(zone).toLocalDateTime().toString();
  }
}
