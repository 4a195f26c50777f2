package io.followthrough.activities.drafting.triage;

import io.followthrough.activities.drafting.BundledText;
import io.followthrough.activities.drafting.Phrases;
import io.followthrough.activities.drafting.PipeTable;
import io.followthrough.drafting.AiProvenance;
import io.followthrough.drafting.TriageDecision;
import io.followthrough.drafting.TriageRequest;
import io.followthrough.practice.Urgency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The triage policy table ({@code triage-policy.txt}, documented in the file): a form marked
 * urgent, a red-flag ICD-10 code or red-flag words in the reason make a referral URGENT.
 */
public final class TriagePolicy {
  /** Added to the strongest urgent signal for each further one. */
  static final double CORROBORATION = 0.04;

  /** Taken off an urgent decision on a form its referrer marked routine. */
  static final double CONFLICT = 0.15;

  private static final Set<String> KINDS =
      Set.of("marked-urgent", "marked-routine", "diagnosis", "reason", "default");
  private static final TriagePolicy BUNDLED = parse(BundledText.read("triage-policy.txt"));

  private final List<TriageRule> rules;
  private final AiProvenance provenance;

  private TriagePolicy(List<TriageRule> rules, int version) {
    this.rules = List.copyOf(rules);
    this.provenance = new AiProvenance("local", "policy-table", "triage-policy@" + version);
  }

  /** The policy shipped with the activities. */
  public static TriagePolicy bundled() {
    return BUNDLED;
  }

  static TriagePolicy parse(String text) {
    List<TriageRule> rules = new ArrayList<>();
    for (List<String> row : PipeTable.parse(text, 5, "triage-policy.txt")) {
      if (!KINDS.contains(row.get(0))) {
        throw new IllegalStateException("triage-policy.txt: unknown kind " + row.get(0));
      }
      rules.add(
          new TriageRule(
              row.get(0),
              row.get(1),
              PipeTable.items(row.get(2)),
              row.get(3),
              Double.parseDouble(row.get(4))));
    }
    if (rules.stream().noneMatch(r -> r.kind().equals("default"))) {
      throw new IllegalStateException("triage-policy.txt needs a default rule");
    }
    return new TriagePolicy(rules, PipeTable.version(text, "triage-policy.txt"));
  }

  public AiProvenance provenance() {
    return provenance;
  }

  public TriageDecision decide(TriageRequest request) {
    String specialty = request.specialty() == null ? "" : request.specialty();
    String mark = Phrases.normalize(request.facts().get("urgency"));
    String reason = Phrases.normalize(request.facts().get("reason"));
    List<String> codes = diagnosisCodes(request);
    List<TriageRule> urgent = new ArrayList<>();
    TriageRule routine = null;
    TriageRule fallback = null;
    for (TriageRule rule : rules) {
      if (!rule.appliesTo(specialty)) {
        continue;
      }
      switch (rule.kind()) {
        case "marked-urgent" -> {
          if (rule.values().stream().anyMatch(v -> Phrases.affirmed(mark, v))) {
            urgent.add(rule);
          }
        }
        case "marked-routine" -> {
          if (rule.values().stream().anyMatch(v -> Phrases.find(mark, v) >= 0)) {
            routine = rule;
          }
        }
        case "diagnosis" -> {
          if (codes.stream()
              .anyMatch(c -> rule.values().stream().anyMatch(p -> c.startsWith(icd(p))))) {
            urgent.add(rule);
          }
        }
        case "reason" -> {
          if (rule.values().stream().anyMatch(v -> Phrases.affirmed(reason, v))) {
            urgent.add(rule);
          }
        }
        default -> fallback = rule;
      }
    }
    if (!urgent.isEmpty()) {
      urgent.sort(Comparator.comparingDouble(TriageRule::confidence).reversed());
      TriageRule strongest = urgent.get(0);
      double c = strongest.confidence() + CORROBORATION * (urgent.size() - 1);
      if (routine != null) {
        c -= CONFLICT;
      }
      return new TriageDecision(
          Urgency.URGENT, strongest.reasonCode(), Math.min(0.99, c), provenance);
    }
    TriageRule rule = routine != null ? routine : fallback;
    return new TriageDecision(Urgency.ROUTINE, rule.reasonCode(), rule.confidence(), provenance);
  }

  private static List<String> diagnosisCodes(TriageRequest request) {
    List<String> out = new ArrayList<>();
    for (String key : List.of("icd10", "diagnosis_code")) {
      String v = request.facts().get(key);
      if (v != null) {
        for (String code : v.split("[,;\\s]+")) {
          if (!code.isBlank()) {
            out.add(icd(code));
          }
        }
      }
    }
    return out;
  }

  private static String icd(String code) {
    return code.replace(".", "").strip().toUpperCase(Locale.ROOT);
  }
}
