package io.followthrough.workers.sandbox;

import io.followthrough.channels.InboundMessage;
import io.followthrough.practice.AppointmentEvent;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/** Test workflow: records the relay's signals (by their wire names) until told to finish. */
@WorkflowInterface
public interface SignalRecorder {

  /** Returns one line per signal received, in order. */
  @WorkflowMethod
  List<String> run();

  @SignalMethod(name = SandboxEventRelay.INBOUND_SIGNAL)
  void inbound(InboundMessage message);

  @SignalMethod(name = SandboxEventRelay.APPOINTMENT_SIGNAL)
  void appointment(AppointmentEvent event);

  @SignalMethod
  void finish();
}
