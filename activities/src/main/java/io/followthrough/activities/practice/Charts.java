package io.followthrough.activities.practice;

import io.followthrough.practice.PracticeActivities;
import io.followthrough.sdk.IdempotencyKeys;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sandbox's patient charts: documents filed under a section and put in a work queue, and the
 * acknowledgement of a filed result by its provider. Operations on a {@link SandboxState} under the
 * sandbox's lock ({@link SandboxPracticeSystem} delegates here).
 */
final class Charts {
  private Charts() {}

  /** The provider with {@code npi}, else the only one whose name matches {@code name}. */
  static String findProvider(SandboxState s, String npi, String name) {
    if (npi != null && !npi.isBlank()) {
      for (Provider p : s.providers().values()) {
        if (p.npi().equals(npi.trim())) {
          return p.ref();
        }
      }
    }
    String wanted = plainName(name);
    if (wanted.isEmpty()) {
      return null;
    }
    List<String> refs = new ArrayList<>();
    for (Provider p : s.providers().values()) {
      if (plainName(p.displayName()).equals(wanted)) {
        refs.add(p.ref());
      }
    }
    return refs.size() == 1 ? refs.get(0) : null;
  }

  static String file(
      SandboxState s,
      String patientRef,
      String documentId,
      String section,
      String queue,
      String idempotencyKey,
      Instant now) {
    s.patient(patientRef);
    for (String[] arg :
        List.of(
            new String[] {"documentId", documentId},
            new String[] {"section", section},
            new String[] {"queue", queue})) {
      if (arg[1] == null || arg[1].isBlank()) {
        throw new PracticeException(PracticeActivities.INVALID_INPUT, arg[0] + " is required");
      }
    }
    return s.once(
        idempotencyKey,
        "file-to-chart",
        List.of(patientRef, documentId, section, queue),
        () -> {
          String id = "filing-%04d".formatted(s.filings().size() + 1);
          s.filings()
              .put(
                  id,
                  new ChartFiling(
                      id,
                      patientRef,
                      documentId,
                      section,
                      queue,
                      IdempotencyKeys.workflowIdOf(idempotencyKey).orElse(null),
                      now.toEpochMilli(),
                      null,
                      null));
          return id;
        });
  }

  static ChartFiling filing(SandboxState s, String filingId) {
    ChartFiling filing = filingId == null ? null : s.filings().get(filingId);
    if (filing == null) {
      throw new PracticeException(PracticeActivities.INVALID_INPUT, "unknown filing " + filingId);
    }
    return filing;
  }

  /** Records the acknowledgement; a filing acknowledged before keeps its first one. */
  static ChartFiling acknowledge(SandboxState s, String filingId, String by, Instant now) {
    if (by == null || by.isBlank()) {
      throw new PracticeException(PracticeActivities.INVALID_INPUT, "by is required");
    }
    ChartFiling f = filing(s, filingId);
    if (f.acknowledged()) {
      return f;
    }
    ChartFiling done =
        new ChartFiling(
            f.filingId(),
            f.patientRef(),
            f.documentId(),
            f.section(),
            f.queue(),
            f.workflowId(),
            f.filedAtMillis(),
            by.trim(),
            now.toEpochMilli());
    s.filings().put(filingId, done);
    return done;
  }

  /** Lower-case letters and spaces, without titles and credentials ("Dr. Ana Reyes, MD"). */
  static String plainName(String name) {
    if (name == null) {
      return "";
    }
    String folded =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    folded = folded.replaceAll(",.*$", "");
    folded = folded.replaceAll("[^a-z ]+", " ").trim();
    folded = folded.replaceAll("^(dr|doctor)\\s+", "");
    folded = folded.replaceAll("\\s+(md|do|np|pa|phd)$", "");
    return folded.replaceAll("\\s+", " ").trim();
  }
}
