package io.followthrough.refill;

import io.followthrough.channels.InboundMessage;
import io.temporal.workflow.SignalMethod;

/**
 * The signals a refill request takes besides the contract's Update: {@code inbound}, a reply or
 * delivery receipt the channel adapter routed here by the idempotency key of the message it answers
 * (the pharmacy's acknowledgement of the decision fax, a patient's reply). The same signal name as
 * the referral's, so the sandbox relay needs no per-type code.
 */
public interface RefillSignals {

  @SignalMethod(name = "inbound")
  void inbound(InboundMessage message);
}
