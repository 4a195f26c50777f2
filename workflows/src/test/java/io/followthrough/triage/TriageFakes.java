package io.followthrough.triage;

import io.followthrough.channels.Channel;
import io.followthrough.channels.ChannelActivities;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.channels.SendReceipt;
import io.followthrough.channels.SendStatus;
import io.followthrough.drafting.AiProvenance;
import io.followthrough.drafting.Draft;
import io.followthrough.refill.RefillInput;
import io.followthrough.refill.RefillResult;
import io.followthrough.refill.RefillWorkflow;
import io.followthrough.sdk.OutcomeState;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.sdk.TaskReceipt;
import io.followthrough.sdk.TimelineEntry;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/** Hand-written fakes of the activities message triage calls. */
final class TriageFakes {
  private TriageFakes() {}

  static final AiProvenance LOCAL = new AiProvenance("local", "fake", "test@1");

  /** Answers a fixed classification, or fails when set to. */
  static final class FakeAi implements MessageTriageActivities {
    final AtomicReference<TriageClassification> answer = new AtomicReference<>();
    volatile boolean failing;

    FakeAi answer(MessageUrgency urgency, boolean refill, String reason) {
      answer.set(new TriageClassification(urgency, refill, "en", reason, 0.9, LOCAL));
      return this;
    }

    @Override
    public TriageClassification classify(ClassifyRequest request) {
      if (failing) {
        throw ApplicationFailure.newFailure("model down", "ModelUnavailable");
      }
      return answer.get();
    }

    @Override
    public Draft emergencyInstructions(String language, Channel channel, String practiceName) {
      return new Draft(
          "triage-emergency-instructions",
          Map.of(),
          "If this is an emergency call 911 or go to the nearest emergency department.",
          language,
          LOCAL);
    }
  }

  /** Accepts every message, remembering it. */
  static final class FakeChannels implements ChannelActivities {
    final List<OutboundMessage> sent = new CopyOnWriteArrayList<>();
    volatile boolean refuse;

    @Override
    public SendReceipt send(OutboundMessage message) {
      if (refuse) {
        throw ApplicationFailure.newNonRetryableFailure("no address", UNKNOWN_RECIPIENT);
      }
      boolean dup =
          sent.stream().anyMatch(m -> m.idempotencyKey().equals(message.idempotencyKey()));
      if (!dup) {
        sent.add(message);
      }
      return new SendReceipt("msg-" + sent.size(), SendStatus.ACCEPTED, dup);
    }
  }

  /** Remembers pages; page ids are {@code page-<n>}. */
  static final class FakePager implements OnCallActivities {
    final List<PageRequest> pages = new CopyOnWriteArrayList<>();
    volatile boolean failing;

    @Override
    public PageReceipt page(PageRequest request) {
      if (failing) {
        throw ApplicationFailure.newFailure("pager gateway down", "PagerUnavailable");
      }
      for (int i = 0; i < pages.size(); i++) {
        if (pages.get(i).idempotencyKey().equals(request.idempotencyKey())) {
          return new PageReceipt("page-" + (i + 1), true);
        }
      }
      pages.add(request);
      return new PageReceipt("page-" + pages.size(), false);
    }

    List<String> paged() {
      return pages.stream().map(PageRequest::onCallRef).toList();
    }
  }

  /** Answers every site with one policy. */
  static final class FixedPolicy implements MessageTriagePolicyActivities {
    volatile MessageTriagePolicy policy = MessageTriagePolicy.defaults();
    volatile boolean broken;

    @Override
    public MessageTriagePolicy policy(String site) {
      if (broken) {
        throw ApplicationFailure.newNonRetryableFailure(
            "followthrough.triage.on-call-roster is empty", "InvalidInput");
      }
      return policy;
    }
  }

  /** The refill outcome's contract with a stand-in body: records its input, waits a day. */
  public static class FakeRefillWorkflow implements RefillWorkflow {
    static final List<RefillInput> STARTED = new CopyOnWriteArrayList<>();

    @Override
    public RefillResult run(RefillInput input) {
      STARTED.add(input);
      Workflow.sleep(Duration.ofDays(1));
      return new RefillResult("closed-by-staff", null);
    }

    @Override
    public OutcomeState state() {
      return null;
    }

    @Override
    public List<TimelineEntry> timeline() {
      return List.of();
    }

    @Override
    public TaskReceipt completeTask(TaskCompletion completion) {
      return null;
    }

    @Override
    public void validateCompleteTask(TaskCompletion completion) {}
  }
}
