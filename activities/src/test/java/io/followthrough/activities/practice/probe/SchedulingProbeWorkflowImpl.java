package io.followthrough.activities.practice.probe;

import io.followthrough.channels.Channel;
import io.followthrough.channels.ChannelActivities;
import io.followthrough.channels.ChannelOptions;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.channels.SendReceipt;
import io.followthrough.practice.Appointment;
import io.followthrough.practice.MatchStatus;
import io.followthrough.practice.PatientMatch;
import io.followthrough.practice.PracticeActivities;
import io.followthrough.practice.PracticeOptions;
import io.followthrough.practice.Urgency;
import io.followthrough.sdk.IdempotencyKeys;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.util.Map;

public class SchedulingProbeWorkflowImpl implements SchedulingProbeWorkflow {
  private final PracticeActivities practice =
      Workflow.newActivityStub(PracticeActivities.class, PracticeOptions.defaults());
  private final ChannelActivities channels =
      Workflow.newActivityStub(ChannelActivities.class, ChannelOptions.defaults());

  @Override
  public ProbeResult run(ProbeInput input) {
    PatientMatch match = practice.matchPatient(input.patient());
    if (match.status() != MatchStatus.MATCHED) {
      return new ProbeResult(null, null, null, "match-" + match.status());
    }
    String slotId = input.slotId();
    if (slotId == null) {
      slotId =
          practice.findSlots(input.specialty(), Urgency.ROUTINE, input.window()).get(0).slotId();
    }
    Appointment appointment;
    try {
      appointment =
          practice.bookAppointment(
              match.patientRef(), slotId, IdempotencyKeys.forStep("schedule", 1));
    } catch (ActivityFailure e) {
      if (e.getCause() instanceof ApplicationFailure failure) {
        return new ProbeResult(match.patientRef(), null, null, failure.getType());
      }
      throw e;
    }
    SendReceipt receipt =
        channels.send(
            new OutboundMessage(
                Channel.SMS,
                match.patientRef(),
                "referral-appointment-booked",
                Map.of("appointmentId", appointment.appointmentId()),
                "en",
                IdempotencyKeys.forStep("notify-patient", 1)));
    return new ProbeResult(
        match.patientRef(), appointment.appointmentId(), receipt.messageId(), null);
  }
}
