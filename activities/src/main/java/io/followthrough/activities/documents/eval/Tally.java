package io.followthrough.activities.documents.eval;

import io.followthrough.activities.ai.DocumentType;
import io.followthrough.activities.ai.FieldValue;
import io.followthrough.activities.ai.Understanding;
import io.followthrough.activities.ai.UnderstandingPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Accumulates per-document outcomes into an {@link EvaluationReport}. */
final class Tally {
  private final UnderstandingPolicy policy;
  private final LocalDate today;
  private final Map<String, Counts> perField = new TreeMap<>();
  private final Map<String, int[]> perType = new TreeMap<>(); // docs, correct, human
  private final Map<String, Counts> perTypeFields = new TreeMap<>();
  private final List<String> failures = new ArrayList<>();
  private final List<String> wrongAccepted = new ArrayList<>();
  private final List<String> misclassified = new ArrayList<>();
  private final double[] binConf = new double[10];
  private final double[] binCorrect = new double[10];
  private int docs;
  private int correct;
  private int human;
  private int wrongTypes;
  private int wrongFields;
  private int correctFields;
  private int acceptedCorrectFields;

  Tally(UnderstandingPolicy policy, LocalDate today) {
    this.policy = policy;
    this.today = today;
  }

  void failure(LabelledDocument d, String reason) {
    docs++;
    human++;
    int[] t = perType.computeIfAbsent(d.type(), k -> new int[3]);
    t[0]++;
    t[2]++;
    failures.add(d.file() + ": " + reason);
    Counts c = new Counts();
    d.fields().forEach((name, v) -> c.fn += FieldNormalizer.normalize(name, v, today).size());
    perTypeFields.computeIfAbsent(d.type(), k -> new Counts()).add(c);
    d.fields()
        .forEach(
            (name, v) ->
                perField.computeIfAbsent(name, k -> new Counts()).fn +=
                    FieldNormalizer.normalize(name, v, today).size());
  }

  void add(LabelledDocument d, Understanding u, Set<String> schema) {
    docs++;
    boolean right = DocumentType.fromWireName(d.type()).orElseThrow() == u.classification().type();
    double conf = u.classification().confidence();
    int bin = Math.min(9, (int) (conf * 10));
    binConf[bin] += conf;
    binCorrect[bin] += right ? 1 : 0;
    int[] t = perType.computeIfAbsent(d.type(), k -> new int[3]);
    t[0]++;
    if (right) {
      correct++;
      t[1]++;
    } else {
      misclassified.add(
          String.format(
              java.util.Locale.ROOT,
              "%s: %s -> %s (%.3f)",
              d.file(),
              d.type(),
              u.classification().type().wireName(),
              conf));
    }
    if (!right && policy.accepts(u.classification())) {
      wrongTypes++;
      wrongAccepted.add(d.file() + ": type");
    }
    if (u.needsHuman()) {
      human++;
      t[2]++;
    }
    Set<String> names = new TreeSet<>(d.fields().keySet());
    for (String predicted : u.fields().keySet()) {
      if (schema.contains(predicted)) {
        names.add(predicted);
      }
    }
    Counts docCounts = new Counts();
    for (String name : names) {
      Set<String> truth = FieldNormalizer.normalize(name, d.fields().get(name), today);
      FieldValue f = u.fields().get(name);
      Set<String> pred =
          f == null || !f.valid() ? Set.of() : FieldNormalizer.normalize(name, f.value(), today);
      Counts c = new Counts();
      for (String p : pred) {
        if (truth.contains(p)) {
          c.tp++;
        } else {
          c.fp++;
        }
      }
      for (String tv : truth) {
        if (!pred.contains(tv)) {
          c.fn++;
        }
      }
      if (!pred.isEmpty()) {
        boolean exact = pred.equals(truth);
        if (exact) {
          correctFields++;
          if (policy.accepts(f)) {
            acceptedCorrectFields++;
          }
        } else if (policy.accepts(f)) {
          wrongFields++;
          wrongAccepted.add(d.file() + ": " + name);
        }
      }
      perField.computeIfAbsent(name, k -> new Counts()).add(c);
      docCounts.add(c);
    }
    perTypeFields.computeIfAbsent(d.type(), k -> new Counts()).add(docCounts);
  }

  EvaluationReport report() {
    Counts all = new Counts();
    Map<String, FieldScore> fields = new TreeMap<>();
    perField.forEach(
        (k, v) -> {
          all.add(v);
          fields.put(k, v.score());
        });
    Map<String, TypeScore> types = new TreeMap<>();
    perType.forEach(
        (k, v) ->
            types.put(
                k,
                new TypeScore(
                    v[0],
                    Counts.round((double) v[1] / v[0]),
                    Counts.round(perTypeFields.getOrDefault(k, new Counts()).f1()),
                    Counts.round((double) v[2] / v[0]))));
    double ece = 0;
    int classified = docs - failures.size();
    for (int b = 0; b < 10; b++) {
      ece += classified == 0 ? 0 : Math.abs(binConf[b] - binCorrect[b]) / classified;
    }
    return new EvaluationReport(
        docs,
        Counts.round(docs == 0 ? 0 : (double) correct / docs),
        Counts.round(ece),
        Counts.round(all.precision()),
        Counts.round(all.recall()),
        Counts.round(all.f1()),
        Counts.round(docs == 0 ? 0 : (double) human / docs),
        wrongTypes + wrongFields,
        wrongTypes,
        wrongFields,
        Counts.round(correctFields == 0 ? 0 : (double) acceptedCorrectFields / correctFields),
        types,
        fields,
        failures,
        wrongAccepted,
        misclassified);
  }
}
