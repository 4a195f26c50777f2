package io.followthrough.activities.drafting.llm;

import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import io.followthrough.activities.drafting.purpose.FactRules;
import io.followthrough.drafting.ReplyIntent;
import io.followthrough.practice.Urgency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The JSON shapes asked of the model (strict: every key required, no others). */
final class AnswerSchemas {
  /** Reason codes a hosted triage may give. */
  static final List<String> TRIAGE_REASONS =
      List.of(
          "marked-urgent",
          "red-flag-diagnosis",
          "red-flag-reason",
          "clinical-judgement",
          "marked-routine",
          "routine-default");

  /** Reason codes a hosted reply interpretation may give: the decline reasons or none. */
  static final List<String> REPLY_REASONS = withNone(FactRules.DECLINE_REASONS);

  static final List<String> URGENCIES = names(Urgency.values());

  static final List<String> INTENTS = names(ReplyIntent.values());

  static final JsonSchema DRAFT =
      schema(
          "draft",
          JsonObjectSchema.builder()
              .addStringProperty("body")
              .addStringProperty("language")
              .required("body", "language"));

  static final JsonSchema TRIAGE =
      schema(
          "triage",
          JsonObjectSchema.builder()
              .addEnumProperty("urgency", URGENCIES)
              .addEnumProperty("reasonCode", TRIAGE_REASONS)
              .addNumberProperty("confidence")
              .required("urgency", "reasonCode", "confidence"));

  static final JsonSchema REPLY =
      schema(
          "reply",
          JsonObjectSchema.builder()
              .addEnumProperty("intent", INTENTS)
              .addEnumProperty("reasonCode", REPLY_REASONS)
              .addNumberProperty("confidence")
              .required("intent", "reasonCode", "confidence"));

  private AnswerSchemas() {}

  private static JsonSchema schema(String name, JsonObjectSchema.Builder root) {
    return JsonSchema.builder()
        .name(name)
        .rootElement(root.additionalProperties(false).build())
        .build();
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static List<String> withNone(List<String> codes) {
    List<String> out = new ArrayList<>(codes);
    out.add("none");
    return List.copyOf(out);
  }
}
