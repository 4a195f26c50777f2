package io.followthrough.workers.sandbox;

import io.followthrough.channels.Channel;
import io.followthrough.channels.ChannelActivities;
import io.followthrough.channels.ChannelOptions;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.channels.SendReceipt;
import io.followthrough.practice.Appointment;
import io.followthrough.practice.PracticeActivities;
import io.followthrough.practice.PracticeOptions;
import io.followthrough.practice.Slot;
import io.followthrough.practice.SlotWindow;
import io.followthrough.practice.Urgency;
import io.followthrough.sdk.IdempotencyKeys;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

public class SandboxProbeImpl implements SandboxProbe {
  private final PracticeActivities practice =
      Workflow.newActivityStub(PracticeActivities.class, PracticeOptions.defaults());
  private final ChannelActivities channels =
      Workflow.newActivityStub(ChannelActivities.class, ChannelOptions.defaults());

  @Override
  public List<String> run(String patientRef, String specialty) {
    Instant now = Instant.ofEpochMilli(Workflow.currentTimeMillis());
    List<Slot> slots =
        practice.findSlots(
            specialty, Urgency.URGENT, new SlotWindow(now, now.plus(Duration.ofDays(14))));
    Appointment booked =
        practice.bookAppointment(
            patientRef, slots.get(0).slotId(), IdempotencyKeys.forStep("schedule", 1));
    SendReceipt receipt =
        channels.send(
            new OutboundMessage(
                Channel.SMS,
                patientRef,
                "referral-appointment-booked",
                Map.of("appointmentId", booked.appointmentId()),
                "en",
                IdempotencyKeys.forStep("notify-patient", 1)));
    return List.of(
        booked.appointmentId(), String.valueOf(receipt.messageId()), receipt.status().name());
  }
}
