package io.followthrough.referral;

import io.followthrough.channels.InboundMessage;
import io.followthrough.practice.AppointmentEvent;
import io.followthrough.practice.AppointmentStatus;
import io.followthrough.sdk.ActivityPolicies;
import io.followthrough.sdk.HistoryGuard;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.OutcomeWorkflowBase;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.sdk.TimelineKind;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;

public class ReferralWorkflowImpl extends OutcomeWorkflowBase implements ReferralWorkflow {

  private final ReferralPolicyActivities policies =
      Workflow.newActivityStub(ReferralPolicyActivities.class, ActivityPolicies.standard());
  private final ReferralState state = new ReferralState();
  private final ReferralSignals signals = new ReferralSignals(outcome, state);
  private ReferralContext ctx;

  public ReferralWorkflowImpl() {
    super(OUTCOME_TYPE);
  }

  @Override
  public ReferralResult run(ReferralInput input) {
    ctx = new ReferralContext(outcome, state, input);
    ReferralMessenger messenger = new ReferralMessenger(ctx);
    StaffCalls calls = new StaffCalls(ctx);
    if (input.carried() != null) {
      // A continued run: the previous one ended between outreach rounds.
      outcome.restore(input.carried().outcome());
      outcome.site(input.site());
      ctx.policy = input.carried().policy();
      input.carried().restore(state);
      return visitsAndOutreach(messenger, calls, nextRoundStart());
    }
    // The site labels every ledger event for the analytics filters (no command: no version).
    outcome.site(input.site());
    if (input.documentId() != null && !state.documentIds.contains(input.documentId())) {
      state.documentIds.add(0, input.documentId());
    }
    try {
      ctx.policy = policies.policy(input.site());
    } catch (ActivityFailure e) {
      // A misconfigured site must not strand the referral: go on with the defaults, on record.
      outcome.record(TimelineKind.ATTEMPT_FAILED, "policy:" + ReferralContext.failureType(e));
      ctx.policy = ReferralPolicy.defaults();
      ctx.note("policy-defaults-used");
    }

    String end = new IntakeStep(ctx).run();
    if (IntakeStep.NOT_A_REFERRAL.equals(end)) {
      state.disposition = end;
      Workflow.sleep(Duration.ofSeconds(1)); // the route task's Update gets its receipt first
      return finish();
    }
    if (end != null) {
      return closeLoop(messenger, end, "unreadable-document");
    }
    new TriageStep(ctx, calls).run();
    if (!new CompletenessStep(ctx, messenger).run()) {
      return closeLoop(messenger, "closed-by-staff", "missing-information");
    }
    if (!new PatientStep(ctx).run()) {
      return closeLoop(messenger, "closed-by-staff", "patient-not-identified");
    }
    if (!new CoverageStep(ctx).run()) {
      return closeLoop(messenger, "closed-by-staff", "coverage");
    }
    return visitsAndOutreach(messenger, calls, null);
  }

  /**
   * Outreach rounds, scheduling and visits until the referral has a disposition. {@code first} is
   * the decision to start from, or null to start with an outreach round.
   */
  private ReferralResult visitsAndOutreach(
      ReferralMessenger messenger, StaffCalls calls, Decision first) {
    PatientReplies replies = new PatientReplies(ctx);
    OutreachStep outreach = new OutreachStep(ctx, messenger, replies, calls);
    SchedulingStep scheduling = new SchedulingStep(ctx);
    VisitStep visit = new VisitStep(ctx, messenger);
    Decision d = first != null ? first : outreach.run(state.round > 1);
    while (true) {
      switch (d.kind()) {
        case SCHEDULE, BOOK_SLOT -> d = scheduling.run(d);
        case BOOKED -> {
          if (state.pendingBooking != null) {
            scheduling.adoptBooking();
          }
          AppointmentStatus status = visit.run();
          if (status == null) {
            d = Decision.of(Decision.Kind.BOOKED);
          } else if (status == AppointmentStatus.CHECKED_OUT) {
            return closeLoop(messenger, "seen", null);
          } else {
            String over = nextRound(status);
            if (over != null) {
              return closeLoop(messenger, "unreachable", over);
            }
            continueAsNewIfLong();
            Decision start = nextRoundStart();
            d = start != null ? start : outreach.run(true);
          }
        }
        case DECLINED -> {
          return closeLoop(messenger, "declined", d.code());
        }
        case UNREACHABLE -> {
          return closeLoop(messenger, "unreachable", d.code());
        }
        default -> {
          return closeLoop(messenger, "closed-by-staff", "staff");
        }
      }
    }
  }

  /** A booking that came in while the last visit settled starts the round; else null. */
  private Decision nextRoundStart() {
    return state.pendingBooking != null ? Decision.of(Decision.Kind.BOOKED) : null;
  }

  /** Between rounds, hands a long history over to a fresh run carrying the whole state. */
  private void continueAsNewIfLong() {
    ReferralInput in = ctx.input;
    new HistoryGuard(ctx.policy.historyMaxEvents())
        .continueAsNewIfNeeded(
            outcome,
            snapshot ->
                new ReferralInput(
                    in.documentId(),
                    in.source(),
                    null,
                    in.site(),
                    ReferralCarry.of(snapshot, ctx.policy, state)));
  }

  /**
   * Counts a missed or cancelled visit; returns why the referral is over, or null for a new round.
   */
  private String nextRound(AppointmentStatus status) {
    if (status == AppointmentStatus.NO_SHOW) {
      state.noShows++;
      ctx.note("no-show-" + state.noShows);
      if (state.noShows >= ctx.policy.noShowLimit()) {
        return "no-show-limit";
      }
    } else {
      ctx.note("visit-cancelled");
    }
    state.appointment = null;
    state.appointmentStatus = null;
    state.round++;
    return state.round > ctx.policy.maxOutreachRounds() ? "outreach-round-limit" : null;
  }

  private ReferralResult closeLoop(ReferralMessenger messenger, String disposition, String reason) {
    new CloseLoopStep(ctx, messenger).run(disposition, reason);
    return finish();
  }

  private ReferralResult finish() {
    outcome.complete(state.disposition);
    return new ReferralResult(
        state.disposition,
        state.patientRef,
        state.appointment == null ? null : state.appointment.appointmentId(),
        state.referrerNotified);
  }

  @Override
  public void inbound(InboundMessage message) {
    signals.inbound(message);
  }

  @Override
  public void appointment(AppointmentEvent event) {
    signals.appointment(event);
  }

  @Override
  public void supplement(String documentId) {
    signals.supplement(documentId);
  }

  @Override
  public ReferralView referral() {
    return state.view();
  }

  @Override
  public void validateCompleteTask(TaskCompletion completion) {
    super.validateCompleteTask(completion);
    for (HumanTask task : outcome.state().tasks()) {
      if (task.id().equals(completion.taskId())) {
        String problem = ReferralResolutions.problem(task.reason(), completion.resolution());
        if (problem != null) {
          throw new IllegalArgumentException(problem);
        }
      }
    }
  }
}
