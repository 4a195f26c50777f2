package io.followthrough.activities.drafting.reply;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.followthrough.drafting.AiProvenance;
import io.followthrough.drafting.Audience;
import io.followthrough.drafting.ReplyDecision;
import io.followthrough.drafting.ReplyIntent;
import io.followthrough.drafting.ReplyRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * The intent of the most similar labelled example (cosine similarity of MiniLM embeddings, the
 * in-process model whose weights ship in the jar), for replies the rules find no cue in. Its
 * confidence stays below the automatic threshold: a person confirms what it suggests.
 */
public final class NearestExample {
  /** Confidence of a suggestion by similarity alone. */
  static final double CONFIDENCE = 0.65;

  /** Below this similarity nothing is suggested. */
  static final double MIN_SIMILARITY = 0.2;

  private final EmbeddingModel model;
  private final List<ReplyExample> examples;
  private final List<float[]> vectors = new ArrayList<>();
  private final AiProvenance provenance =
      new AiProvenance("local", "all-minilm-l6-v2", "reply-examples@1");

  NearestExample(EmbeddingModel model, List<ReplyExample> examples) {
    this.model = model;
    this.examples = List.copyOf(examples);
    for (ReplyExample e : this.examples) {
      vectors.add(unit(model.embed(e.text()).content().vector()));
    }
  }

  /** The bundled examples with the in-process MiniLM model (loads the model: about a second). */
  public static NearestExample bundled() {
    return new NearestExample(new AllMiniLmL6V2EmbeddingModel(), ReplyExample.bundled());
  }

  /** The nearest example's intent (from the same kind of writer), or NEEDS_PERSON. */
  public ReplyDecision decide(ReplyRequest request) {
    String text = request.text() == null ? "" : request.text().strip();
    boolean patient = request.audience() == Audience.PATIENT;
    ReplyExample best = null;
    double bestSimilarity = -1;
    if (!text.isEmpty()) {
      float[] v = unit(model.embed(text).content().vector());
      for (int i = 0; i < examples.size(); i++) {
        if ((examples.get(i).audience() == Audience.PATIENT) != patient) {
          continue;
        }
        double s = dot(v, vectors.get(i));
        if (s > bestSimilarity) {
          bestSimilarity = s;
          best = examples.get(i);
        }
      }
    }
    if (best == null || bestSimilarity < MIN_SIMILARITY) {
      return new ReplyDecision(ReplyIntent.NEEDS_PERSON, null, ReplyRules.NO_SIGNAL, provenance);
    }
    String reason = best.intent() == ReplyIntent.DECLINES ? best.reason() : null;
    return new ReplyDecision(best.intent(), reason, CONFIDENCE, provenance);
  }

  private static float[] unit(float[] v) {
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
