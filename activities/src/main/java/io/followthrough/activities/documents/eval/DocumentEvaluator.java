package io.followthrough.activities.documents.eval;

import io.followthrough.activities.ai.Classification;
import io.followthrough.activities.ai.DocumentType;
import io.followthrough.activities.ai.DocumentUnderstanding;
import io.followthrough.activities.ai.Understanding;
import io.followthrough.activities.ai.UnderstandingPolicy;
import io.followthrough.activities.documents.DocumentReader;
import io.followthrough.activities.documents.DocumentRejectedException;
import io.followthrough.activities.documents.ReadDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs document understanding over a labelled folder and scores it: classification accuracy and
 * calibration, field precision/recall/F1 (normalised comparison), the share sent to a person, and
 * every wrong value that would have been auto-accepted.
 */
public final class DocumentEvaluator {
  private final DocumentReader reader;
  private final DocumentUnderstanding understanding;
  private final UnderstandingPolicy policy;
  private final LocalDate today;

  public DocumentEvaluator(
      DocumentReader reader,
      DocumentUnderstanding understanding,
      UnderstandingPolicy policy,
      LocalDate today) {
    this.reader = new PlainTextDocuments(reader);
    this.understanding = understanding;
    this.policy = policy;
    this.today = today;
  }

  public EvaluationReport evaluate(Path folder, Path labels, EvaluationProgress progress)
      throws IOException {
    List<LabelledDocument> docs = LabelFile.read(labels);
    Map<String, Set<String>> schema = new HashMap<>();
    for (LabelledDocument d : docs) {
      schema.computeIfAbsent(d.type(), t -> new HashSet<>()).addAll(d.fields().keySet());
    }
    Tally tally = new Tally(policy, today);
    for (int i = 0; i < docs.size(); i++) {
      LabelledDocument d = docs.get(i);
      Path file = folder.resolve(d.file()).normalize();
      if (!Files.isRegularFile(file)) {
        tally.failure(d, "file not found");
      } else {
        try {
          ReadDocument read = reader.read(file);
          Understanding u = understanding.understand(read);
          tally.add(d, u, schema.getOrDefault(d.type(), Set.of()));
        } catch (DocumentRejectedException e) {
          tally.failure(d, "rejected: " + e.reason());
        } catch (RuntimeException e) {
          tally.failure(d, "failed: " + e.getClass().getSimpleName());
        }
      }
      progress.documentDone(i + 1, docs.size());
    }
    return tally.report();
  }

  /** Scores one classification (exposed for calibration tests). */
  static boolean correct(Classification c, LabelledDocument d) {
    return DocumentType.fromWireName(d.type()).map(t -> t == c.type()).orElse(false);
  }

  static List<String> sorted(Set<String> s) {
    List<String> l = new ArrayList<>(s);
    l.sort(null);
    return l;
  }
}
