package io.followthrough.activities.documents.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/** Renders an {@link EvaluationReport} as snake_case JSON or as a readable table. */
public final class ReportFormat {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private ReportFormat() {}

  public static String json(EvaluationReport r) {
    try {
      return JSON.writeValueAsString(r);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(EvaluationReport r) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "documents                 %d%n", r.documents()));
    b.append(line("classification accuracy", r.classificationAccuracy()));
    b.append(line("classification ECE", r.classificationEce()));
    b.append(line("field precision", r.fieldPrecision()));
    b.append(line("field recall", r.fieldRecall()));
    b.append(line("field F1", r.fieldF1()));
    b.append(line("to-human rate", r.toHumanRate()));
    b.append(line("auto-accepted share", r.autoAcceptedFieldShare()));
    b.append(
        String.format(
            Locale.ROOT,
            "wrong auto-accepted       %d (types %d, fields %d)%n%n",
            r.wrongAutoAccepted(),
            r.wrongAutoAcceptedTypes(),
            r.wrongAutoAcceptedFields()));
    b.append(
        String.format(
            Locale.ROOT,
            "%-18s %5s %9s %9s %9s%n",
            "TYPE",
            "DOCS",
            "ACCURACY",
            "FIELD F1",
            "TO HUMAN"));
    for (Map.Entry<String, TypeScore> e : r.perType().entrySet()) {
      TypeScore t = e.getValue();
      b.append(
          String.format(
              Locale.ROOT,
              "%-18s %5d %9.3f %9.3f %9.3f%n",
              e.getKey(),
              t.documents(),
              t.classificationAccuracy(),
              t.fieldF1(),
              t.toHumanRate()));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "%n%-20s %9s %9s %9s %5s %5s %5s%n",
            "FIELD",
            "PRECISION",
            "RECALL",
            "F1",
            "TP",
            "FP",
            "FN"));
    for (Map.Entry<String, FieldScore> e : r.perField().entrySet()) {
      FieldScore f = e.getValue();
      b.append(
          String.format(
              Locale.ROOT,
              "%-20s %9.3f %9.3f %9.3f %5d %5d %5d%n",
              e.getKey(),
              f.precision(),
              f.recall(),
              f.f1(),
              f.truePositives(),
              f.falsePositives(),
              f.falseNegatives()));
    }
    for (String failure : r.failures()) {
      b.append("failed: ").append(failure).append('\n');
    }
    for (String m : r.misclassified()) {
      b.append("misclassified: ").append(m).append('\n');
    }
    for (String wrong : r.wrongAutoAcceptedItems()) {
      b.append("wrong auto-accepted: ").append(wrong).append('\n');
    }
    return b.toString();
  }

  private static String line(String name, double v) {
    return String.format(Locale.ROOT, "%-25s %.4f%n", name, v);
  }
}
