package io.followthrough.workers.dev;

import io.followthrough.activities.practice.PatientRecord;
import io.followthrough.activities.practice.SandboxPracticeSystem;
import io.followthrough.activities.triage.MessageTriageModule;
import io.followthrough.channels.Channel;
import io.followthrough.channels.InboundKind;
import io.followthrough.channels.InboundMessage;
import io.followthrough.sdk.OutcomeModule;
import io.followthrough.triage.MessageTriageInput;
import io.followthrough.triage.MessageTriageKeys;
import io.followthrough.triage.MessageTriageWorkflow;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Four patient messages for message triage, from sandbox patients who have a mobile number: an
 * emergency (chest pain: instructions by SMS and a page in {@code /sandbox/pager}), an urgent one
 * (a page after hours, a coordinator task in office hours), a routine one (a next-business-day
 * task) and a refill request (handed to the refill outcome). Their arrival times are fixed, so a
 * restarted dev stack finds the same outcomes instead of starting new ones.
 */
final class MessageTriageDemo implements DemoScenario {

  /** Channel and text of each demo message, in order. */
  static final List<String[]> MESSAGES =
      List.of(
          new String[] {"SMS", "I have crushing chest pain and my left arm is numb"},
          new String[] {"SMS", "My daughter has a fever of 103 that won't come down"},
          new String[] {"PORTAL", "Can I move my appointment next week to the afternoon?"},
          new String[] {"SMS", "I need a refill of my blood pressure pills please"});

  private static final Instant ARRIVED = Instant.parse("2026-01-05T03:00:00Z");

  private final Supplier<Optional<SandboxPracticeSystem>> sandbox;

  MessageTriageDemo(Supplier<Optional<SandboxPracticeSystem>> sandbox) {
    this.sandbox = sandbox;
  }

  @Override
  public String name() {
    return "patient messages";
  }

  @Override
  public int seed(WorkflowClient client, List<OutcomeModule> modules) {
    if (modules.stream().noneMatch(m -> MessageTriageModule.NAME.equals(m.name()))) {
      return 0;
    }
    Optional<SandboxPracticeSystem> practice = sandbox.get();
    if (practice.isEmpty()) {
      return 0;
    }
    List<PatientRecord> reachable =
        practice.get().patients().stream()
            .filter(p -> practice.get().contacts().address(p.ref(), Channel.SMS).isPresent())
            .filter(p -> practice.get().contacts().address(p.ref(), Channel.PORTAL).isPresent())
            .limit(MESSAGES.size())
            .toList();
    int started = 0;
    for (int i = 0; i < reachable.size(); i++) {
      InboundMessage m =
          new InboundMessage(
              Channel.valueOf(MESSAGES.get(i)[0]),
              reachable.get(i).ref(),
              InboundKind.REPLY,
              MESSAGES.get(i)[1],
              null,
              null,
              ARRIVED.plusSeconds(60L * i));
      WorkflowOptions options =
          WorkflowOptions.newBuilder()
              .setWorkflowId(MessageTriageKeys.workflowId(m))
              .setTaskQueue(OutcomeModule.DEFAULT_TASK_QUEUE)
              .setWorkflowIdReusePolicy(
                  WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
              .build();
      try {
        client
            .newUntypedWorkflowStub(MessageTriageWorkflow.TYPE, options)
            .start(new MessageTriageInput(m, null));
        started++;
      } catch (WorkflowExecutionAlreadyStarted e) {
        // A restart with the same data: that demo message is triaged already.
      }
    }
    return started;
  }
}
