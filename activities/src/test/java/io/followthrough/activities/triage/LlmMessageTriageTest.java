package io.followthrough.activities.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.followthrough.channels.Channel;
import io.followthrough.triage.ClassifyRequest;
import io.followthrough.triage.MessageUrgency;
import io.followthrough.triage.TriageClassification;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hosted path against a scripted chat model (no network). */
class LlmMessageTriageTest {

  /** Answers the scripted replies in order, recording each request. */
  private static final class ScriptedModel implements ChatModel {
    final Deque<String> replies = new ArrayDeque<>();
    final List<ChatRequest> requests = new ArrayList<>();

    ScriptedModel(String... answers) {
      replies.addAll(List.of(answers));
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
      requests.add(request);
      return ChatResponse.builder().aiMessage(AiMessage.from(replies.removeFirst())).build();
    }
  }

  private static TriageClassification classify(ScriptedModel model, String text) {
    return new LlmMessageTriage(model, "openai", "gpt-test")
        .classify(new ClassifyRequest(Channel.PORTAL, text));
  }

  @Test
  void readsTheModelsAnswer() {
    ScriptedModel model =
        new ScriptedModel(
            "{\"urgency\":\"URGENT\",\"refill\":false,\"language\":\"en\",\"confidence\":0.97}");
    TriageClassification c = classify(model, "fever of 103 since noon");
    assertEquals(MessageUrgency.URGENT, c.urgency());
    assertEquals(0.9, c.confidence(), "capped below the rules");
    assertEquals("openai/gpt-test/triage-prompt@1", c.provenance().code());
  }

  @Test
  void repairsAMalformedAnswerThenGivesUp() {
    ScriptedModel repaired =
        new ScriptedModel(
            "sure! it is urgent",
            "{\"urgency\":\"ROUTINE\",\"refill\":true,\"language\":\"en\",\"confidence\":0.8}");
    TriageClassification c = classify(repaired, "need more of my statin");
    assertEquals(MessageUrgency.ROUTINE, c.urgency());
    assertTrue(c.refill());
    assertEquals(2, repaired.requests.size());

    ScriptedModel hopeless = new ScriptedModel("no", "{\"urgency\":\"SOON\"}", "{}");
    ApplicationFailure f =
        assertThrows(ApplicationFailure.class, () -> classify(hopeless, "call me please"));
    assertEquals("InvalidModelOutput", f.getType());
    assertTrue(f.isNonRetryable());
    assertEquals(3, hopeless.requests.size(), "one ask and two repairs");
  }

  @Test
  void emergencyWordingNeverReachesTheModel() {
    ScriptedModel model = new ScriptedModel();
    TriageClassification c = classify(model, "my chest hurts and I'm sweating");
    assertEquals(MessageUrgency.EMERGENCY, c.urgency());
    assertEquals(0, model.requests.size());
  }
}
