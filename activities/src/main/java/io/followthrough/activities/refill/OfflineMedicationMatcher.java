package io.followthrough.activities.refill;

import io.followthrough.practice.Medication;
import io.followthrough.refill.MedicationMatch;
import io.followthrough.refill.MedicationMatchActivities;
import io.followthrough.refill.MedicationMatchRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Matches a refill request to one of the patient's prescriptions, offline and deterministically:
 * the request's drug (a fax field) or text (a message) is normalised, brand names and nicknames
 * become generics ({@link MedicationNames}), a one-letter typo in a long name is forgiven, and the
 * strength breaks ties. One prescription fits: {@code MATCHED}. Several fit equally: {@code
 * AMBIGUOUS} (a person chooses; never a guess). None, or the only one at another strength than
 * written: {@code NONE}. Logs nothing (the request is PHI).
 */
public final class OfflineMedicationMatcher implements MedicationMatchActivities {
  private final MedicationNames names;

  public OfflineMedicationMatcher() {
    this(MedicationNames.bundled());
  }

  OfflineMedicationMatcher(MedicationNames names) {
    this.names = names;
  }

  @Override
  public MedicationMatch match(MedicationMatchRequest request) {
    String written =
        request.drug() != null && !request.drug().isBlank() ? request.drug() : request.text();
    if (written == null || written.isBlank() || request.candidates().isEmpty()) {
      return new MedicationMatch(MedicationMatch.NONE, null, refs(request.candidates()), "nothing");
    }
    List<String> phrases = names.phrases(written);
    List<Medication> hits = new ArrayList<>();
    String basis = "name";
    for (Medication m : request.candidates()) {
      String generic = names.generic(m.drug());
      String how = nameHit(generic, phrases, written);
      if (how != null) {
        hits.add(m);
        if (!how.equals("name")) {
          basis = how;
        }
      }
    }
    if (hits.isEmpty()) {
      return new MedicationMatch(MedicationMatch.NONE, null, refs(request.candidates()), "none");
    }
    List<String> wanted = new ArrayList<>(MedicationNames.strengths(request.strength()));
    if (wanted.isEmpty()) {
      wanted.addAll(MedicationNames.strengths(written));
    }
    if (!wanted.isEmpty()) {
      List<Medication> same =
          hits.stream()
              .filter(
                  m -> MedicationNames.strength(m.strength()).map(wanted::contains).orElse(false))
              .toList();
      if (same.size() == 1) {
        return new MedicationMatch(
            MedicationMatch.MATCHED, same.get(0).rxRef(), refs(same), basis + "-strength");
      }
      if (same.isEmpty()) {
        // The request names a strength nobody prescribed: a person checks, never a guess.
        return new MedicationMatch(MedicationMatch.NONE, null, refs(hits), "strength-differs");
      }
      hits = same;
    }
    if (hits.size() == 1) {
      return new MedicationMatch(MedicationMatch.MATCHED, hits.get(0).rxRef(), refs(hits), basis);
    }
    return new MedicationMatch(MedicationMatch.AMBIGUOUS, null, refs(hits), basis);
  }

  /** How {@code generic} appears among the request's phrases, or null. */
  private String nameHit(String generic, List<String> phrases, String written) {
    String w = MedicationNames.words(written);
    if ((" " + w + " ").contains(" " + generic + " ")) {
      return "name";
    }
    // Combination products ("hydrocodone-acetaminophen") match their first ingredient as written.
    Optional<String> first = Optional.of(generic.split("-")[0]).filter(f -> !f.equals(generic));
    for (String p : phrases) {
      if (p.equals(generic)) {
        return "brand";
      }
      if (first.isPresent() && p.equals(first.get())) {
        return "name";
      }
    }
    for (String p : phrases) {
      if (generic.length() >= 6
          && Math.abs(p.length() - generic.length()) <= 1
          && edits(p, generic) <= 1) {
        return "fuzzy-name";
      }
    }
    return null;
  }

  private static List<String> refs(List<Medication> meds) {
    return meds.stream().map(Medication::rxRef).toList();
  }

  /** Levenshtein distance. */
  static int edits(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
