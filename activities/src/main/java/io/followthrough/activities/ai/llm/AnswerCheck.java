package io.followthrough.activities.ai.llm;

import io.followthrough.activities.ai.Classification;
import io.followthrough.activities.ai.DocumentType;
import io.followthrough.activities.ai.Evidence;
import io.followthrough.activities.ai.FieldValue;
import io.followthrough.activities.ai.classify.KeywordRules;
import io.followthrough.activities.ai.classify.TypeClassifier;
import io.followthrough.activities.ai.extract.FieldChecks;
import io.followthrough.activities.documents.PageText;
import io.followthrough.activities.documents.ReadDocument;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Holds a model's answer to the same rules as the offline path. */
final class AnswerCheck {
  /** Model self-confidence is not calibrated; it never reaches certainty on its own. */
  static final double MODEL_CAP = 0.95;

  /** An answer that parsed but breaks the contract (unknown type, bad confidence). */
  static final class UnusableAnswer extends RuntimeException {
    UnusableAnswer(String message) {
      super(message);
    }
  }

  private AnswerCheck() {}

  static String allFieldNames() {
    List<String> parts = new ArrayList<>();
    for (DocumentType t : DocumentType.values()) {
      List<String> names = FieldChecks.allowedFields(t);
      if (!names.isEmpty()) {
        parts.add(t.wireName() + ": " + String.join(", ", names));
      }
    }
    return String.join("; ", parts) + "; other types: none";
  }

  static void requireUsable(LlmAnswer a) {
    if (a == null || a.type() == null || DocumentType.fromWireName(a.type()).isEmpty()) {
      throw new UnusableAnswer("type must be one of the allowed types");
    }
    if (!(a.typeConfidence() >= 0 && a.typeConfidence() <= 1)) {
      throw new UnusableAnswer("typeConfidence must be between 0 and 1");
    }
    if (a.fields() == null) {
      throw new UnusableAnswer("fields must be a list");
    }
  }

  static Classification classification(DocumentType type, double conf, ReadDocument doc) {
    String text = doc.pages().stream().map(PageText::text).collect(Collectors.joining("\n"));
    List<String> evidence = new ArrayList<>();
    KeywordRules.matches(text, evidence);
    double c = Math.min(conf, MODEL_CAP);
    String prefix = "rule:" + type.wireName() + "#";
    if (evidence.stream().noneMatch(e -> e.startsWith(prefix))) {
      c = Math.min(c, TypeClassifier.UNCORROBORATED_CAP);
      evidence.add("uncorroborated");
    }
    evidence.add("model");
    Map<DocumentType, Double> probs = new EnumMap<>(DocumentType.class);
    for (DocumentType t : DocumentType.values()) {
      probs.put(t, t == type ? c : (1 - c) / (DocumentType.values().length - 1));
    }
    return new Classification(type, c, probs, evidence);
  }

  static Map<String, FieldValue> fields(
      DocumentType type, LlmAnswer a, ReadDocument doc, FieldChecks checks) {
    Map<String, FieldValue> out = new LinkedHashMap<>();
    for (LlmField f : a.fields()) {
      if (f == null || f.name() == null || out.containsKey(f.name())) {
        continue;
      }
      Optional<PageText> page =
          doc.pages().stream().filter(p -> p.pageNumber() == f.page()).findFirst();
      int at = page.isPresent() && f.quote() != null ? page.get().text().indexOf(f.quote()) : -1;
      // A value the page does not show verbatim may be invented: it can be reviewed, never trusted.
      double grounded = at >= 0 ? 1.0 : 0.5;
      double conf = Math.max(0, Math.min(f.confidence(), MODEL_CAP)) * grounded;
      Evidence ev = new Evidence(f.page(), Math.max(at, 0), at >= 0 ? at + f.quote().length() : 0);
      final Optional<FieldValue> first = checks.check(type, f.name(), f.value(), conf, ev);
      Optional<FieldValue> checked = first;
      if (first.isPresent() && at >= 0) {
        Optional<FieldValue> fromQuote = checks.check(type, f.name(), f.quote(), conf, ev);
        boolean quoted =
            f.quote()
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains(f.value().toLowerCase(java.util.Locale.ROOT))
                || fromQuote.map(q -> q.value().equals(first.get().value())).orElse(false);
        if (!quoted) {
          FieldValue v = first.get();
          checked =
              Optional.of(
                  new FieldValue(
                      v.name(),
                      v.value(),
                      Math.min(v.confidence(), 0.5),
                      ev,
                      v.valid(),
                      "value_not_in_quote"));
        }
      }
      checked.ifPresent(v -> out.put(v.name(), v));
    }
    return out;
  }
}
