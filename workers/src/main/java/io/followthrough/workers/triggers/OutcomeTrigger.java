package io.followthrough.workers.triggers;

import io.followthrough.activities.practice.PracticeEvent;
import io.followthrough.channels.InboundMessage;

/**
 * Starts an outcome when something happens that no running workflow is waiting for: an appointment
 * booked or cancelled in the practice system, or a patient's message that answers nothing we sent.
 *
 * <p>Implementations are Micronaut beans ({@code @Singleton}); the sandbox's event relay calls
 * every one of them, after it has signalled the workflow an event belongs to (if any), outside the
 * sandbox's lock. They start workflows through {@link OutcomeStarter}, whose ids are business keys
 * (e.g. {@code cancellation-recovery/<appointmentId>}), so an event delivered twice starts one
 * outcome. A trigger must not throw for an event it does not handle; it logs refs only, never PHI.
 */
public interface OutcomeTrigger {

  /**
   * A booking or status change in the practice system.
   *
   * @param event the change (refs only); {@code event.workflowId()} names the workflow that made
   *     the booking, or is null for a booking made outside any workflow
   * @param starter starts outcomes once
   */
  default void onPracticeEvent(PracticeEvent event, OutcomeStarter starter) {}

  /**
   * A patient's or office's message that starts a new conversation (it answers no message we sent):
   * a portal message, an SMS to the practice's number, a voicemail transcript.
   *
   * @return true when this trigger took the message (started or signalled an outcome with it); the
   *     relay offers it to no further trigger then
   */
  default boolean onNewConversation(InboundMessage message, OutcomeStarter starter) {
    return false;
  }
}
