package io.followthrough.activities.triage;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.followthrough.channels.Channel;
import io.followthrough.drafting.AiProvenance;
import io.followthrough.drafting.Draft;
import io.followthrough.sdk.ActivityPolicies;
import io.followthrough.triage.ClassifyRequest;
import io.followthrough.triage.MessageTriageActivities;
import io.followthrough.triage.MessageUrgency;
import io.followthrough.triage.TriageClassification;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * The offline triage classifier: emergency wording rules first (any match is an emergency, with
 * confidence 1), then the urgency of the nearest labelled examples (cosine similarity of the
 * in-process MiniLM embeddings, a vote of the {@value #K} nearest weighted by similarity); refill
 * intent by rules. Emergency instructions are fixed approved text per language.
 */
public final class LocalMessageTriage implements MessageTriageActivities {
  static final int K = 3;

  /** Labelled example: urgency and text. */
  record Example(MessageUrgency urgency, String text) {}

  private final EmergencyRules rules;
  private final Supplier<Nearest> nearest;
  private final Properties instructions = new Properties();
  private final AiProvenance rulesProvenance =
      new AiProvenance("local", "emergency-rules", "triage-rules@1");
  private final AiProvenance examplesProvenance =
      new AiProvenance("local", "all-minilm-l6-v2", "triage-examples@1");

  LocalMessageTriage(EmergencyRules rules, Supplier<Nearest> nearest) {
    this.rules = rules;
    this.nearest = nearest;
    try (InputStream in =
        LocalMessageTriage.class.getResourceAsStream(
            "/io/followthrough/activities/triage/emergency-instructions.properties")) {
      instructions.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled rules and examples; the embedding model loads on the first non-emergency. */
  public static LocalMessageTriage bundled() {
    Supplier<Nearest> lazy =
        new Supplier<>() {
          private Nearest value;

          @Override
          public synchronized Nearest get() {
            if (value == null) {
              value = new Nearest(new AllMiniLmL6V2EmbeddingModel(), bundledExamples());
            }
            return value;
          }
        };
    return new LocalMessageTriage(EmergencyRules.bundled(), lazy);
  }

  static List<Example> bundledExamples() {
    return parse(TriageText.lines("/io/followthrough/activities/triage/triage-examples.txt"));
  }

  /** {@code URGENCY|text} lines. */
  static List<Example> parse(List<String> lines) {
    List<Example> out = new ArrayList<>();
    for (String line : lines) {
      int bar = line.indexOf('|');
      out.add(
          new Example(
              MessageUrgency.valueOf(line.substring(0, bar)),
              TriageText.normalize(line.substring(bar + 1))));
    }
    return out;
  }

  @Override
  public TriageClassification classify(ClassifyRequest request) {
    if (request == null || request.text() == null) {
      throw ApplicationFailure.newNonRetryableFailure(
          "a message text is required", ActivityPolicies.INVALID_INPUT);
    }
    String text = TriageText.normalize(request.text());
    String language = TriageText.language(text);
    boolean refill = rules.refill(text);
    var emergency = rules.emergency(text);
    if (emergency.isPresent()) {
      return new TriageClassification(
          MessageUrgency.EMERGENCY,
          refill,
          language,
          "rule:" + emergency.get(),
          1.0,
          rulesProvenance);
    }
    if (text.isEmpty()) {
      // An empty voicemail transcript: someone called after hours; treat it as urgent.
      return new TriageClassification(
          MessageUrgency.URGENT, false, language, "empty-message", 0.5, rulesProvenance);
    }
    Nearest.Vote vote = nearest.get().vote(text);
    return new TriageClassification(
        vote.urgency(),
        refill,
        language,
        refill ? "rule:refill" : "example:" + vote.urgency().name().toLowerCase(),
        vote.confidence(),
        examplesProvenance);
  }

  @Override
  public Draft emergencyInstructions(String language, Channel channel, String practiceName) {
    String lang = "es".equals(language) ? "es" : "en";
    String form = channel == Channel.SMS ? "sms" : "long";
    String body =
        instructions
            .getProperty(lang + "." + form)
            .replace("{practice}", practiceName == null ? "Your care team" : practiceName);
    return new Draft(
        "triage-emergency-instructions",
        Map.of("form", form),
        body,
        lang,
        new AiProvenance("local", "templates-v1", "triage-emergency-instructions@1"));
  }

  /** The nearest labelled examples by cosine similarity of unit MiniLM vectors. */
  static final class Nearest {
    record Vote(MessageUrgency urgency, double confidence) {}

    private final EmbeddingModel model;
    private final List<Example> examples;
    private final List<float[]> vectors = new ArrayList<>();

    Nearest(EmbeddingModel model, List<Example> examples) {
      this.model = model;
      this.examples = List.copyOf(examples);
      for (Example e : this.examples) {
        vectors.add(unit(model.embed(e.text()).content().vector()));
      }
    }

    Vote vote(String normalized) {
      float[] v = unit(model.embed(normalized).content().vector());
      Integer[] order = new Integer[examples.size()];
      double[] sim = new double[examples.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
        sim[i] = dot(v, vectors.get(i));
      }
      Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -sim[i]));
      double urgent = 0;
      double total = 0;
      for (int j = 0; j < Math.min(K, order.length); j++) {
        double w = Math.max(0, sim[order[j]]);
        total += w;
        if (examples.get(order[j]).urgency() == MessageUrgency.URGENT) {
          urgent += w;
        }
      }
      if (total == 0) {
        return new Vote(MessageUrgency.URGENT, 0.5);
      }
      // Ties go to urgent: a wrongly paged clinician costs less than a missed urgent message.
      boolean isUrgent = urgent * 2 >= total;
      double share = isUrgent ? urgent / total : 1 - urgent / total;
      return new Vote(isUrgent ? MessageUrgency.URGENT : MessageUrgency.ROUTINE, share);
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
}
