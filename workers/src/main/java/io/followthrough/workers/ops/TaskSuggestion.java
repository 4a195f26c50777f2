package io.followthrough.workers.ops;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * What the system suggests for a task, read from the task's context by convention, so no outcome
 * type needs code here: a context entry {@code suggestion} (or {@code suggestedResolution}, or the
 * intake's {@code typeGuess}) with an optional {@code <key>Confidence} / {@code typeConfidence}.
 *
 * @param resolution the suggested resolution code
 * @param confidence 0..1 when the workflow gave one, else null
 * @param basis the context key it came from
 * @param toConfirm names of facts a person should check first (context {@code fieldsToConfirm},
 *     {@code missingFields})
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TaskSuggestion(
    String resolution, Double confidence, String basis, List<String> toConfirm) {

  private static final List<String> KEYS =
      List.of("suggestion", "suggestedResolution", "typeGuess");

  /** The suggestion in {@code context}, or null when it holds none. */
  static TaskSuggestion from(Map<String, String> context) {
    if (context == null) {
      return null;
    }
    for (String key : KEYS) {
      String value = context.get(key);
      if (value != null && !value.isBlank()) {
        return new TaskSuggestion(value, confidence(context, key), key, toConfirm(context));
      }
    }
    return null;
  }

  private static Double confidence(Map<String, String> context, String key) {
    String raw = context.get(key + "Confidence");
    if (raw == null && key.equals("typeGuess")) {
      raw = context.get("typeConfidence");
    }
    try {
      return raw == null ? null : Double.valueOf(raw);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static List<String> toConfirm(Map<String, String> context) {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (String key : List.of("missingFields", "fieldsToConfirm")) {
      String value = context.get(key);
      if (value != null && !value.isBlank()) {
        for (String name : value.split(",")) {
          if (!name.isBlank() && !names.contains(name.trim())) {
            names.add(name.trim());
          }
        }
      }
    }
    return List.copyOf(names);
  }
}
