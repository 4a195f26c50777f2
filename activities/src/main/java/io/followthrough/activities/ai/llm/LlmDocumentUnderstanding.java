package io.followthrough.activities.ai.llm;

import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.output.OutputParsingException;
import io.followthrough.activities.ai.Classification;
import io.followthrough.activities.ai.DocumentType;
import io.followthrough.activities.ai.DocumentUnderstanding;
import io.followthrough.activities.ai.FieldValue;
import io.followthrough.activities.ai.Review;
import io.followthrough.activities.ai.Understanding;
import io.followthrough.activities.ai.UnderstandingFailedException;
import io.followthrough.activities.ai.UnderstandingPolicy;
import io.followthrough.activities.ai.extract.FieldChecks;
import io.followthrough.activities.documents.ReadDocument;
import java.time.Clock;
import java.util.Map;

/**
 * Hosted-model provider. The model's answer is never trusted as is: the type must be an allowed
 * one, every field must be allowed for the type, quoted verbatim from the page it names and pass
 * the same validators as the offline path; confidences are capped. An unusable answer gets one
 * repair request, then fails without retry.
 */
public final class LlmDocumentUnderstanding implements DocumentUnderstanding {
  private final DocumentAssistant assistant;
  private final FieldChecks checks;
  private final UnderstandingPolicy policy;

  public LlmDocumentUnderstanding(ChatModel model, UnderstandingPolicy policy, Clock clock) {
    this.assistant = AiServices.builder(DocumentAssistant.class).chatModel(model).build();
    this.checks = new FieldChecks(clock);
    this.policy = policy;
  }

  public LlmDocumentUnderstanding(LlmSettings settings) {
    this(ChatModels.create(settings), UnderstandingPolicy.defaults(), Clock.systemUTC());
  }

  @Override
  public Understanding understand(ReadDocument document) {
    DataBlock block = DataBlock.of(document);
    String names = AnswerCheck.allFieldNames();
    LlmAnswer answer;
    try {
      answer = assistant.understand(block.marker(), names, block.text());
      AnswerCheck.requireUsable(answer);
    } catch (OutputParsingException | AnswerCheck.UnusableAnswer first) {
      answer = repair(block, names, first);
    } catch (NonRetriableException e) {
      throw new UnderstandingFailedException("model request rejected", false, null);
    } catch (RuntimeException e) {
      throw new UnderstandingFailedException("model request failed", true, null);
    }
    DocumentType type = DocumentType.fromWireName(answer.type()).orElseThrow();
    Classification c = AnswerCheck.classification(type, answer.typeConfidence(), document);
    Map<String, FieldValue> fields = AnswerCheck.fields(type, answer, document, checks);
    return Review.assess(c, fields, policy);
  }

  private LlmAnswer repair(DataBlock block, String names, Exception first) {
    String problem =
        first instanceof AnswerCheck.UnusableAnswer u
            ? u.getMessage()
            : "the reply was not valid JSON";
    try {
      LlmAnswer again = assistant.repair(block.marker(), names, block.text(), problem);
      AnswerCheck.requireUsable(again);
      return again;
    } catch (OutputParsingException | AnswerCheck.UnusableAnswer e) {
      throw new UnderstandingFailedException(
          "model answer invalid after one repair attempt", false, null);
    } catch (NonRetriableException e) {
      throw new UnderstandingFailedException("model request rejected", false, null);
    } catch (RuntimeException e) {
      throw new UnderstandingFailedException("model request failed", true, null);
    }
  }
}
