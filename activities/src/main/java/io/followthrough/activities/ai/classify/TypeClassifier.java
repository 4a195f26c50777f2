package io.followthrough.activities.ai.classify;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.followthrough.activities.ai.Classification;
import io.followthrough.activities.ai.DocumentType;
import io.followthrough.activities.documents.PageText;
import io.followthrough.activities.documents.ReadDocument;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Offline document-type classifier: k-nearest labelled examples in MiniLM embedding space, plus
 * keyword rules, turned into probabilities by a softmax whose temperature is fitted on held-apart
 * tuning data so that the reported confidence matches observed accuracy.
 */
public final class TypeClassifier {
  /** Highest confidence for a type that no keyword rule supports. */
  public static final double UNCORROBORATED_CAP = 0.75;

  private final EmbeddingModel model;
  private final List<LabelledExample> examples;
  private final List<float[]> vectors = new ArrayList<>();
  private final ClassifierSettings settings;

  public TypeClassifier(
      EmbeddingModel model, List<LabelledExample> examples, ClassifierSettings settings) {
    this.model = model;
    this.examples = List.copyOf(examples);
    this.settings = settings;
    for (LabelledExample e : this.examples) {
      vectors.add(unit(model.embed(e.text()).content()));
    }
  }

  /** The in-process MiniLM model (weights inside the jar), bundled examples, default settings. */
  public static TypeClassifier offline() {
    return new TypeClassifier(
        new AllMiniLmL6V2EmbeddingModel(),
        LabelledExample.bundled(),
        ClassifierSettings.defaults());
  }

  public ClassifierSettings settings() {
    return settings;
  }

  public Classification classify(ReadDocument document) {
    return calibrate(scores(document), settings.temperature());
  }

  /**
   * Raw scores, before calibration, of the document's primary page: the first page (of four) that
   * does not look like a cover sheet or other filler, so cover sheets and attachments do not decide
   * the type of a packet.
   */
  public TypeScores scores(ReadDocument document) {
    List<PageText> pages = document.pages();
    TypeScores first = null;
    for (int i = 0; i < Math.min(4, pages.size()); i++) {
      TypeScores s = pageScores(pages.get(i).text());
      if (first == null) {
        first = s;
      }
      if (argmax(s.scores()) != DocumentType.OTHER) {
        return s;
      }
    }
    return first == null ? pageScores("") : first;
  }

  private TypeScores pageScores(String text) {
    String squeezed = text.replaceAll("\\s+", " ").trim();
    String head = squeezed.substring(0, Math.min(settings.maxChars(), squeezed.length()));
    List<String> evidence = new ArrayList<>();
    Map<DocumentType, Integer> rules = KeywordRules.matches(text, evidence);
    float[] v = unit(model.embed(head.isEmpty() ? "(blank page)" : head).content());
    Map<DocumentType, List<Double>> sims = new EnumMap<>(DocumentType.class);
    int nearest = -1;
    double nearestSim = -2;
    for (int i = 0; i < examples.size(); i++) {
      double s = dot(v, vectors.get(i));
      sims.computeIfAbsent(examples.get(i).type(), t -> new ArrayList<>()).add(s);
      if (s > nearestSim) {
        nearestSim = s;
        nearest = i;
      }
    }
    if (nearest >= 0) {
      evidence.add("nearest_example:" + examples.get(nearest).type().wireName() + "#" + nearest);
    }
    Map<DocumentType, Double> combined = new EnumMap<>(DocumentType.class);
    for (DocumentType t : DocumentType.values()) {
      List<Double> s = sims.getOrDefault(t, List.of(-1.0));
      double knn =
          s.stream()
              .sorted((a, b) -> Double.compare(b, a))
              .limit(settings.neighbours())
              .mapToDouble(Double::doubleValue)
              .average()
              .orElse(-1);
      combined.put(t, knn + settings.ruleWeight() * Math.min(2, rules.getOrDefault(t, 0)));
    }
    return new TypeScores(combined, evidence);
  }

  private static DocumentType argmax(Map<DocumentType, Double> scores) {
    DocumentType best = DocumentType.OTHER;
    for (Map.Entry<DocumentType, Double> e : scores.entrySet()) {
      if (e.getValue() > scores.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  /** Softmax of {@code scores} at {@code temperature}. */
  public static Classification calibrate(TypeScores scores, double temperature) {
    Map<DocumentType, Double> probs = Softmax.of(scores.scores(), temperature);
    DocumentType best = argmax(probs);
    double confidence = probs.get(best);
    List<String> evidence = new ArrayList<>(scores.evidence());
    // Similarity alone is one signal; without a form title or phrase of the same type to
    // corroborate it, the type is never certain enough to skip a person.
    String rulePrefix = "rule:" + best.wireName() + "#";
    if (evidence.stream().noneMatch(e -> e.startsWith(rulePrefix))) {
      confidence = Math.min(confidence, UNCORROBORATED_CAP);
      evidence.add("uncorroborated");
    }
    return new Classification(best, confidence, probs, evidence);
  }

  private static float[] unit(Embedding e) {
    float[] v = e.vector();
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    float inv = (float) (1 / Math.sqrt(Math.max(n, 1e-12)));
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * inv;
    }
    return out;
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
