package io.followthrough.activities.channels;

import io.followthrough.channels.ChannelActivities;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.channels.SendReceipt;
import io.temporal.failure.ApplicationFailure;

/**
 * {@link ChannelActivities} over a {@link ChannelSimulator}: each refusal becomes a non-retryable
 * {@link ApplicationFailure} whose type is the refusal's code.
 */
public final class SimulatedChannelActivities implements ChannelActivities {
  private final ChannelSimulator simulator;

  public SimulatedChannelActivities(ChannelSimulator simulator) {
    this.simulator = simulator;
  }

  @Override
  public SendReceipt send(OutboundMessage message) {
    try {
      return simulator.send(message);
    } catch (ChannelException e) {
      throw ApplicationFailure.newNonRetryableFailure(e.getMessage(), e.code());
    }
  }
}
