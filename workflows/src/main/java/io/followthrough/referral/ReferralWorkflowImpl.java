package io.followthrough.referral;

import io.followthrough.channels.InboundMessage;
import io.followthrough.practice.AppointmentEvent;
import io.followthrough.practice.AppointmentStatus;
import io.followthrough.sdk.ActivityPolicies;
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
    ReferralMessenger messenger = new ReferralMessenger(ctx);
    StaffCalls calls = new StaffCalls(ctx);

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

    PatientReplies replies = new PatientReplies(ctx);
    OutreachStep outreach = new OutreachStep(ctx, messenger, replies, calls);
    SchedulingStep scheduling = new SchedulingStep(ctx);
    VisitStep visit = new VisitStep(ctx, messenger);
    Decision d = outreach.run(false);
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
            d =
                state.pendingBooking != null
                    ? Decision.of(Decision.Kind.BOOKED)
                    : outreach.run(true);
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
