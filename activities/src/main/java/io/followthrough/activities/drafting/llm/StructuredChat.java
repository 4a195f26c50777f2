package io.followthrough.activities.drafting.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import io.followthrough.activities.drafting.DraftingFailures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One structured question to a chat model with bounded repair: the answer must parse as the JSON
 * object asked for and pass the caller's checks; if not, the model is shown what was wrong and
 * asked again, at most {@link #MAX_REPAIRS} times, then the activity fails without retry ({@code
 * InvalidModelOutput}). Each model call is one HTTP request (client retries are off); a transport
 * failure is retryable and left to the activity's retry policy.
 */
final class StructuredChat {
  /** Re-asks after the first answer; at most {@code 1 + MAX_REPAIRS} requests per attempt. */
  static final int MAX_REPAIRS = 2;

  private final ChatModel model;

  StructuredChat(ChatModel model) {
    this.model = model;
  }

  /**
   * Asks and reads the answer with {@code reader}, which throws {@link UnusableAnswer} for an
   * answer that cannot be used.
   */
  <T> T ask(
      String task, String system, String user, JsonSchema schema, Function<JsonAnswer, T> reader) {
    List<ChatMessage> messages = new ArrayList<>();
    messages.add(SystemMessage.from(system));
    messages.add(UserMessage.from(user));
    for (int repairs = 0; ; repairs++) {
      String reply = call(messages, schema);
      try {
        return reader.apply(JsonAnswer.parse(reply));
      } catch (UnusableAnswer e) {
        if (repairs == MAX_REPAIRS) {
          throw DraftingFailures.invalidOutput(
              "%s answer unusable after %d repair requests (%s)"
                  .formatted(task, MAX_REPAIRS, String.join(", ", e.codes())));
        }
        messages.add(AiMessage.from(reply == null || reply.isBlank() ? "(empty)" : reply));
        messages.add(
            UserMessage.from(Prompts.render("repair.txt", Map.of("problems", e.detail()))));
      }
    }
  }

  private String call(List<ChatMessage> messages, JsonSchema schema) {
    ChatRequest.Builder request = ChatRequest.builder().messages(messages);
    if (model.supportedCapabilities().contains(Capability.RESPONSE_FORMAT_JSON_SCHEMA)) {
      request.responseFormat(
          ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(schema).build());
    }
    try {
      return model.chat(request.build()).aiMessage().text();
    } catch (NonRetriableException e) {
      throw DraftingFailures.modelRejected(e);
    } catch (RuntimeException e) {
      throw DraftingFailures.modelUnavailable(e);
    }
  }
}
