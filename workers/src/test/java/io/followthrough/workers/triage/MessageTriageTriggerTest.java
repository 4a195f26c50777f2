package io.followthrough.workers.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.triage.MessageTriageModule;
import io.followthrough.channels.Channel;
import io.followthrough.channels.DeliveryStatus;
import io.followthrough.channels.InboundKind;
import io.followthrough.channels.InboundMessage;
import io.followthrough.triage.MessageTriageInput;
import io.followthrough.triage.MessageTriageKeys;
import io.followthrough.workers.ops.WorkflowTypes;
import io.followthrough.workers.triggers.OutcomeStarter;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The trigger starts one triage per new patient message, on SMS, portal and voice only. */
class MessageTriageTriggerTest {
  private final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();
  private final OutcomeStarter starter =
      new OutcomeStarter(
          env::getWorkflowClient, WorkflowTypes.of(List.of(new MessageTriageModule())));
  private final MessageTriageTrigger trigger = new MessageTriageTrigger("clinic-north");

  @AfterEach
  void close() {
    env.close();
  }

  private static InboundMessage message(Channel channel, InboundKind kind) {
    return new InboundMessage(
        channel,
        "pt-0001",
        kind,
        "I can't breathe",
        null,
        kind == InboundKind.DELIVERY_RECEIPT ? DeliveryStatus.DELIVERED : null,
        Instant.parse("2026-03-03T03:00:00Z"));
  }

  @Test
  void startsOneTriagePerMessageWithAKeyWithoutPhi() {
    InboundMessage m = message(Channel.SMS, InboundKind.REPLY);
    assertTrue(trigger.onNewConversation(m, starter));
    assertTrue(trigger.onNewConversation(m, starter), "a redelivery is taken, not restarted");
    String id = MessageTriageKeys.workflowId(m);
    assertTrue(id.matches("message-triage/sms-[0-9a-f]{16}"), id);
    assertFalse(id.contains("pt-0001"));
    WorkflowStub stub = env.getWorkflowClient().newUntypedWorkflowStub(id);
    assertEquals(
        "MessageTriage", stub.describe().getWorkflowType(), "started as the triage workflow");
    assertTrue(trigger.onNewConversation(message(Channel.VOICE, InboundKind.REPLY), starter));
    assertTrue(trigger.onNewConversation(message(Channel.PORTAL, InboundKind.REPLY), starter));
    assertEquals(
        "MessageTriageInput[message=InboundMessage[channel=SMS, fromRef=pt-0001, kind=REPLY,"
            + " inReplyTo=null, delivery=null, at=2026-03-03T03:00:00Z], site=clinic-north]",
        new MessageTriageInput(m, "clinic-north").toString(),
        "no text in the input's toString");
  }

  @Test
  void leavesOtherMessagesToOthers() {
    assertFalse(trigger.onNewConversation(message(Channel.FAX, InboundKind.REPLY), starter));
    assertFalse(trigger.onNewConversation(message(Channel.EMAIL, InboundKind.REPLY), starter));
    assertFalse(trigger.onNewConversation(message(Channel.SMS, InboundKind.STOP), starter));
    assertFalse(
        trigger.onNewConversation(message(Channel.SMS, InboundKind.DELIVERY_RECEIPT), starter));
  }
}
