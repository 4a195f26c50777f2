package io.followthrough.workers.sandbox;

import io.followthrough.channels.InboundMessage;
import io.followthrough.practice.AppointmentEvent;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;

public class SignalRecorderImpl implements SignalRecorder {
  private final List<String> received = new ArrayList<>();
  private boolean finished;

  @Override
  public List<String> run() {
    Workflow.await(() -> finished);
    return received;
  }

  @Override
  public void inbound(InboundMessage m) {
    received.add("inbound " + m.kind() + " " + m.inReplyTo() + " " + m.deliveryStatus());
  }

  @Override
  public void appointment(AppointmentEvent e) {
    received.add(
        "appointment "
            + e.type()
            + " "
            + e.appointmentId()
            + " "
            + e.patientRef()
            + " "
            + e.reasonCode());
  }

  @Override
  public void finish() {
    finished = true;
  }
}
