package io.followthrough.activities.ai.classify;

import io.followthrough.activities.ai.DocumentType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Strong signals: form titles and phrases that almost only appear on one type. Each match adds
 * evidence for its type; the classifier weighs them against the embedding similarity.
 */
public final class KeywordRules {
  private static final Map<DocumentType, List<Pattern>> RULES = new EnumMap<>(DocumentType.class);

  static {
    rule(
        DocumentType.REFERRAL,
        "referral (form|request)",
        "reason for (referral|consult)",
        "refer(red)? to\\s*:",
        "consult(ation)? request",
        "referring (provider|physician)");
    rule(
        DocumentType.LAB_RESULT,
        "lab(oratory)? (report|results?)",
        "reference (range|interval)",
        "specimen",
        "accession",
        "result(s)? flag");
    rule(
        DocumentType.PRIOR_AUTH,
        "prior auth(orization)?",
        "pre-?certification",
        "utilization (review|management)",
        "(adverse )?determination",
        "authorization (number|decision|status)");
    rule(
        DocumentType.REFILL_REQUEST,
        "refill (request|authorization)",
        "(rx|prescription) renewal",
        "refills? (remaining|requested)",
        "renewal request",
        "sig\\s*:");
    rule(
        DocumentType.ELIGIBILITY,
        "eligibility",
        "benefits? (verification|summary)",
        "coverage (verification|status)",
        "deductible",
        "co-?pay");
    rule(
        DocumentType.MEDICAL_RECORDS,
        "progress note",
        "discharge summary",
        "history (and|&) physical",
        "assessment (and|&) plan",
        "history of present illness",
        "operative report");
    rule(
        DocumentType.PATIENT_FORM,
        "registration form",
        "intake (form|questionnaire)",
        "new patient (information|registration)",
        "emergency contact",
        "patient signature");
    rule(DocumentType.OTHER, "fax cover", "cover sheet", "unsubscribe", "invoice", "sent in error");
  }

  private KeywordRules() {}

  private static void rule(DocumentType type, String... patterns) {
    List<Pattern> list = new ArrayList<>();
    for (String p : patterns) {
      list.add(Pattern.compile("(?i)\\b" + p));
    }
    RULES.put(type, list);
  }

  /**
   * Number of distinct rules of each type that match {@code text}; matched rule ids into {@code
   * evidence}.
   */
  public static Map<DocumentType, Integer> matches(String text, List<String> evidence) {
    Map<DocumentType, Integer> counts = new EnumMap<>(DocumentType.class);
    for (Map.Entry<DocumentType, List<Pattern>> e : RULES.entrySet()) {
      int n = 0;
      for (int i = 0; i < e.getValue().size(); i++) {
        if (e.getValue().get(i).matcher(text).find()) {
          n++;
          evidence.add("rule:" + e.getKey().wireName() + "#" + i);
        }
      }
      counts.put(e.getKey(), n);
    }
    return counts;
  }
}
