package io.followthrough.workers.sandbox;

import io.followthrough.activities.practice.PracticeEvent;
import io.followthrough.channels.InboundMessage;
import io.micronaut.context.BeanProvider;
import io.temporal.client.WorkflowClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the sandbox's events (staff actions on appointments, replies and delivery receipts) leave
 * for workflows. Subscribed once to the process's sandbox by {@link SandboxBeans}; called after the
 * change, outside the sandbox's lock, on the thread that made it (an HTTP request or an activity).
 *
 * <p>Today no outcome waits on these events, so they are only counted in the log (refs and kinds,
 * never text). The referral outcome signals its workflow here: find it by {@code appointmentId} /
 * {@code inReplyTo} and call {@code client.newUntypedWorkflowStub(id).signal(...)}.
 */
public class SandboxEventRelay {
  private static final Logger log = LoggerFactory.getLogger(SandboxEventRelay.class);

  /** The Temporal client, looked up when an event arrives (HTTP starts before it is set). */
  protected final BeanProvider<WorkflowClient> client;

  public SandboxEventRelay(BeanProvider<WorkflowClient> client) {
    this.client = client;
  }

  /** A booking or status change in the practice sandbox. */
  public void onPracticeEvent(PracticeEvent event) {
    log.debug(
        "practice event {} for {}: no outcome subscribed", event.type(), event.appointmentId());
  }

  /** A reply or delivery receipt from the channel simulator. */
  public void onInbound(InboundMessage message) {
    log.debug(
        "inbound {} from {} (reply to {}): no outcome subscribed",
        message.kind(),
        message.fromRef(),
        message.inReplyTo());
  }
}
