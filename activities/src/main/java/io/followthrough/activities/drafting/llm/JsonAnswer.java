package io.followthrough.activities.drafting.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** A model's reply read as one JSON object, with typed, checked fields. */
final class JsonAnswer {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode node;

  private JsonAnswer(JsonNode node) {
    this.node = node;
  }

  /** The reply as a JSON object; a fenced code block around it is tolerated. */
  static JsonAnswer parse(String reply) {
    String text = reply == null ? "" : reply.strip();
    if (text.startsWith("```")) {
      text = text.replaceFirst("^```[a-zA-Z]*\\s*", "").replaceFirst("\\s*```$", "");
    }
    try {
      JsonNode node = JSON.readTree(text);
      if (node == null || !node.isObject()) {
        throw new UnusableAnswer("not-json", "the reply was not a JSON object");
      }
      return new JsonAnswer(node);
    } catch (JsonProcessingException e) {
      throw new UnusableAnswer("not-json", "the reply was not valid JSON");
    }
  }

  /** A non-blank string field. */
  String text(String key) {
    JsonNode v = node.get(key);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new UnusableAnswer("missing-" + key, "\"" + key + "\" must be a non-empty string");
    }
    return v.asText();
  }

  /** A string field that must be one of {@code allowed} (compared ignoring case). */
  String oneOf(String key, List<String> allowed) {
    String v = text(key).strip();
    for (String a : allowed) {
      if (a.equalsIgnoreCase(v)) {
        return a;
      }
    }
    throw new UnusableAnswer(
        "invalid-" + key, "\"" + key + "\" must be one of " + String.join(", ", allowed));
  }

  /** A number field between 0 and 1. */
  double confidence(String key) {
    JsonNode v = node.get(key);
    if (v == null || !v.isNumber() || !(v.asDouble() >= 0 && v.asDouble() <= 1)) {
      throw new UnusableAnswer("invalid-" + key, "\"" + key + "\" must be a number from 0 to 1");
    }
    return v.asDouble();
  }
}
