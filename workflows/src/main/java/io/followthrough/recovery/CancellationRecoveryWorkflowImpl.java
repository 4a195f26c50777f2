package io.followthrough.recovery;

import io.followthrough.channels.Channel;
import io.followthrough.channels.DeliveryStatus;
import io.followthrough.channels.InboundMessage;
import io.followthrough.practice.Appointment;
import io.followthrough.practice.AppointmentEvent;
import io.followthrough.practice.AppointmentEventType;
import io.followthrough.practice.PracticeActivities;
import io.followthrough.practice.PracticeOptions;
import io.followthrough.practice.Slot;
import io.followthrough.practice.SlotWindow;
import io.followthrough.practice.Urgency;
import io.followthrough.practice.WaitlistActivities;
import io.followthrough.practice.WaitlistCandidate;
import io.followthrough.sdk.ActivityPolicies;
import io.followthrough.sdk.BusinessCalendar;
import io.followthrough.sdk.Deadline;
import io.followthrough.sdk.OutcomeWorkflowBase;
import io.followthrough.sdk.Stage;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.sdk.TimelineKind;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The cancellation recovery flow: reads the freed slot, then runs the two goals side by side
 * ({@link SlotRefill}, {@link PatientRebooking}) and completes when both are resolved. The stage
 * says what is still open: {@code recovering} (both), {@code refilling-slot}, {@code
 * rebooking-patient}.
 */
public class CancellationRecoveryWorkflowImpl extends OutcomeWorkflowBase
    implements CancellationRecoveryWorkflow {

  static final Stage RECOVERING = Stage.named("recovering");
  static final Stage REFILLING = Stage.named("refilling-slot");
  static final Stage REBOOKING = Stage.named("rebooking-patient");
  static final Stage SLOT_REFILLED = Stage.named("slot-refilled");
  static final Stage PATIENT_REBOOKED = Stage.named("patient-rebooked");

  private final RecoveryPolicyActivities policies =
      Workflow.newActivityStub(RecoveryPolicyActivities.class, ActivityPolicies.standard());
  private final WaitlistActivities waitlist =
      Workflow.newActivityStub(WaitlistActivities.class, PracticeOptions.defaults());
  private final RecoveryState state = new RecoveryState();
  private RecoveryPolicy policy;
  private final java.util.Set<String> visited = new java.util.HashSet<>();

  public CancellationRecoveryWorkflowImpl() {
    super(OUTCOME_TYPE);
  }

  @Override
  public CancellationRecoveryResult run(CancellationRecoveryInput input) {
    outcome.site(input.site());
    state.appointmentId = input.appointmentId();
    state.slotId = input.slotId();
    state.patientRef = input.patientRef();
    try {
      policy = policies.policy(input.site());
    } catch (ActivityFailure e) {
      outcome.record(TimelineKind.ATTEMPT_FAILED, "policy:" + RecoveryMessenger.failureType(e));
      policy = RecoveryPolicy.defaults();
      outcome.record(TimelineKind.NOTE, "policy-defaults-used");
    }
    outcome.enterStage(RECOVERING);
    Slot slot = null;
    try {
      slot = waitlist.slot(input.slotId());
    } catch (ActivityFailure e) {
      outcome.record(TimelineKind.ATTEMPT_FAILED, "slot:" + RecoveryMessenger.failureType(e));
    }
    RecoveryMessenger messenger = new RecoveryMessenger(outcome, state);
    BusinessCalendar calendar =
        BusinessCalendar.standard().withQuietHours(policy.quietStart(), policy.quietEnd());
    ZoneId zone = ZoneId.of(policy.practiceZone());
    SlotRefill refill =
        new SlotRefill(outcome, state, policy, messenger, calendar, zone, waitlist, slot);
    PatientRebooking rebooking =
        new PatientRebooking(outcome, state, policy, messenger, calendar, zone, slot, input);

    Promise<Void> slotDone = Async.procedure(refill::run);
    Promise<Void> patientDone = Async.procedure(rebooking::run);
    Promise.anyOf(slotDone, patientDone).get();
    if (!slotDone.isCompleted()) {
      milestoneOr(PATIENT_REBOOKED, "rebooked".equals(state.patient), REFILLING);
    } else if (!patientDone.isCompleted()) {
      milestoneOr(SLOT_REFILLED, "refilled".equals(state.slot), REBOOKING);
    }
    Promise.allOf(slotDone, patientDone).get();
    slotDone.get();
    patientDone.get();
    // Every success is a stage the outcome visited, so the generic funnel counts recovered slots
    // and rebooked patients.
    if ("refilled".equals(state.slot) && !visited.contains(SLOT_REFILLED.name())) {
      enter(SLOT_REFILLED);
    }
    if ("rebooked".equals(state.patient) && !visited.contains(PATIENT_REBOOKED.name())) {
      enter(PATIENT_REBOOKED);
    }
    // Acceptances that came in while the patient's side finished are still answered.
    refill.answerLateAcceptances();

    // A task's Update gets its receipt before the run closes.
    Workflow.sleep(Duration.ofSeconds(1));
    refill.answerLateAcceptances();
    outcome.record(TimelineKind.NOTE, "slot:" + state.slot);
    outcome.record(TimelineKind.NOTE, "patient:" + state.patient);
    outcome.complete("slot-" + state.slot + ".patient-" + state.patient);
    return new CancellationRecoveryResult(
        state.appointmentId,
        state.slot,
        state.refillAppointmentId,
        state.offerNumbers.size(),
        state.patient,
        state.rebookedAppointmentId,
        state.declineReason);
  }

  /** The milestone when {@code reached}, else the stage saying what is still open. */
  private void milestoneOr(Stage milestone, boolean reached, Stage open) {
    enter(reached ? milestone : open);
  }

  private void enter(Stage stage) {
    visited.add(stage.name());
    outcome.enterStage(stage);
  }

  @Override
  public void inbound(InboundMessage m) {
    if (m == null || m.kind() == null) {
      return;
    }
    String from = m.inReplyTo() != null ? state.messageRecipients.get(m.inReplyTo()) : null;
    if (from == null) {
      from = m.fromRef();
    }
    String channel = m.channel() == null ? "unknown" : RecoveryMessenger.lower(m.channel().name());
    boolean cancelling = from != null && from.equals(state.patientRef);
    boolean offered = from != null && state.offers.containsKey(from);
    String who = cancelling ? "patient" : offered ? "waitlist" : "unknown";
    outcome.record(
        TimelineKind.EVIDENCE,
        "inbound:" + who + ":" + RecoveryMessenger.lower(m.kind().name()) + ":" + channel);
    if (from == null || (!cancelling && !offered)) {
      return;
    }
    switch (m.kind()) {
      case DELIVERY_RECEIPT -> {
        if (m.deliveryStatus() == DeliveryStatus.UNDELIVERABLE && m.channel() != null) {
          state.blocked(from).add(m.channel());
        }
      }
      case STOP -> {
        if (m.channel() != null) {
          state.blocked(from).add(m.channel());
        }
        if (offered) {
          decline(from);
        }
      }
      case WRONG_NUMBER -> {
        state.blocked(from).add(Channel.SMS);
        state.blocked(from).add(Channel.VOICE);
      }
      case AFFIRMATIVE -> {
        if (cancelling) {
          state.patientReplies.add(m);
        } else if (!state.acceptances.contains(from)) {
          state.acceptances.add(from);
          state.acceptQueue.add(from);
          if (RecoveryState.OFFERED.equals(state.offers.get(from))) {
            state.offers.put(from, RecoveryState.ACCEPTED);
          }
        }
      }
      case DECLINE -> {
        if (cancelling) {
          state.patientReplies.add(m);
        } else {
          decline(from);
        }
      }
      default -> (cancelling ? state.patientReplies : state.offerReplies).add(m);
    }
  }

  private void decline(String ref) {
    if (RecoveryState.OFFERED.equals(state.offers.get(ref))) {
      state.offers.put(ref, RecoveryState.DECLINED);
    }
  }

  @Override
  public void appointment(AppointmentEvent e) {
    if (e == null || e.type() == null) {
      return;
    }
    outcome.record(
        TimelineKind.EVIDENCE, "appointment:" + RecoveryMessenger.lower(e.type().name()));
    if (e.type() == AppointmentEventType.BOOKED
        && state.slotId != null
        && state.slotId.equals(e.slotId())
        && state.slot == null
        && !state.acceptances.contains(e.patientRef())) {
      // Not one of ours (our own booking's event names a patient who accepted).
      state.slotTakenElsewhere = true;
    }
    if (e.type() == AppointmentEventType.BOOKED
        && state.patient == null
        && state.patientRef != null
        && state.patientRef.equals(e.patientRef())
        && !state.slotId.equals(e.slotId())) {
      state.patientBookedElsewhere = e.appointmentId();
    }
  }

  @Override
  public RecoveryView recovery() {
    return state.view();
  }

  @Override
  public void validateCompleteTask(TaskCompletion completion) {
    super.validateCompleteTask(completion);
    if (!RecoveryResolutions.valid(completion.resolution())) {
      throw new IllegalArgumentException(
          "resolution must be one of " + RecoveryResolutions.ALLOWED);
    }
  }

  static Instant now() {
    return Deadline.now();
  }

  static SlotWindow window(Instant from, Duration length) {
    return new SlotWindow(from, from.plus(length));
  }

  static boolean isTaken(ActivityFailure e) {
    return PracticeActivities.SLOT_TAKEN.equals(RecoveryMessenger.failureType(e));
  }

  static Urgency routine() {
    return Urgency.ROUTINE;
  }

  static String ref(Appointment a) {
    return a == null ? null : a.appointmentId();
  }

  static String ref(WaitlistCandidate c) {
    return c.entry().patientRef();
  }
}
