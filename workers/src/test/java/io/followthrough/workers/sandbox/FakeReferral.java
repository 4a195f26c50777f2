package io.followthrough.workers.sandbox;

import io.followthrough.channels.InboundMessage;
import io.followthrough.practice.AppointmentEvent;
import io.followthrough.practice.AppointmentEventType;
import io.followthrough.referral.ReferralInput;
import io.followthrough.referral.ReferralResult;
import io.followthrough.referral.ReferralView;
import io.followthrough.referral.ReferralWorkflow;
import io.followthrough.sdk.OutcomeWorkflowBase;
import io.followthrough.sdk.TimelineKind;
import io.temporal.workflow.Workflow;
import java.util.List;

/**
 * Test stand-in for the referral workflow: the patient ref comes as {@code documentId} and the
 * specialty as {@code site}; it records every signal in its timeline ({@code NOTE}s) and ends when
 * the appointment is checked out.
 */
public class FakeReferral extends OutcomeWorkflowBase implements ReferralWorkflow {
  private String patientRef;
  private String specialty;
  private String appointmentId;
  private String disposition;

  public FakeReferral() {
    super(OUTCOME_TYPE);
  }

  @Override
  public ReferralResult run(ReferralInput input) {
    patientRef = input.documentId();
    specialty = input.site();
    Workflow.await(() -> disposition != null);
    return new ReferralResult(disposition, patientRef, appointmentId, false);
  }

  @Override
  public void inbound(InboundMessage m) {
    outcome.record(TimelineKind.NOTE, "inbound:" + m.kind() + ":" + m.inReplyTo());
  }

  @Override
  public void appointment(AppointmentEvent e) {
    outcome.record(
        TimelineKind.NOTE,
        "appointment:" + e.type() + ":" + e.appointmentId() + ":" + e.reasonCode());
    if (e.type() == AppointmentEventType.BOOKED) {
      appointmentId = e.appointmentId();
    }
    if (e.type() == AppointmentEventType.CHECKED_OUT) {
      disposition = "seen";
    }
  }

  @Override
  public void supplement(String documentId) {}

  @Override
  public ReferralView referral() {
    return new ReferralView(
        List.of(),
        specialty,
        "ROUTINE",
        patientRef,
        appointmentId,
        List.of(),
        List.of(),
        0,
        disposition,
        null,
        List.of(),
        null,
        1);
  }
}
