package io.followthrough.activities.practice;

import io.followthrough.practice.PatientMatch;
import io.followthrough.practice.PatientQuery;
import io.followthrough.practice.PracticeActivities;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Finds the patient a query describes without ever guessing. The date of birth must agree exactly
 * (a misread DOB goes to a person, not to a near namesake); names may differ by nickname, accents,
 * punctuation or a small typo; a matching phone breaks ties. Candidates whose scores are within
 * {@link #TIE_MARGIN} of the best are reported as ambiguous.
 */
final class PatientMatcher {
  static final double FAMILY_THRESHOLD = 0.88;
  static final double GIVEN_THRESHOLD = 0.85;
  static final double TIE_MARGIN = 0.05;

  private record Candidate(
      PatientRecord patient, double nameScore, boolean exactName, boolean phone) {
    double total() {
      return nameScore + (phone ? 1.0 : 0.0);
    }
  }

  private PatientMatcher() {}

  static PatientMatch match(Collection<PatientRecord> patients, PatientQuery query) {
    if (query == null) {
      throw new PracticeException(PracticeActivities.INVALID_INPUT, "patient query is required");
    }
    String mrn = query.mrn() == null ? "" : query.mrn().trim().toUpperCase(Locale.ROOT);
    if (!mrn.isEmpty()) {
      for (PatientRecord p : patients) {
        boolean nameAgrees =
            query.lastName() == null
                || NameSimilarity.familyName(query.lastName(), p.lastName()) >= FAMILY_THRESHOLD;
        if (p.mrn().equals(mrn) && nameAgrees) {
          return PatientMatch.matched(p.ref(), "mrn");
        }
      }
    }
    boolean hasDemographics =
        query.lastName() != null && !query.lastName().isBlank() && query.dateOfBirth() != null;
    if (!hasDemographics) {
      if (!mrn.isEmpty()) {
        return PatientMatch.none();
      }
      throw new PracticeException(
          PracticeActivities.INVALID_INPUT,
          "patient query needs an MRN, or a last name with a date of birth");
    }
    String phone = Phones.digits(query.phone());
    List<Candidate> candidates = new ArrayList<>();
    for (PatientRecord p : patients) {
      if (!query.dateOfBirth().equals(p.dateOfBirth())) {
        continue;
      }
      double family = NameSimilarity.familyName(query.lastName(), p.lastName());
      boolean noGiven = query.firstName() == null || query.firstName().isBlank();
      double given = noGiven ? family : NameSimilarity.givenName(query.firstName(), p.firstName());
      if (family < FAMILY_THRESHOLD || given < GIVEN_THRESHOLD) {
        continue;
      }
      boolean samePhone = !phone.isEmpty() && phone.equals(Phones.digits(p.phone()));
      candidates.add(new Candidate(p, (family + given) / 2, spelledAlike(query, p), samePhone));
    }
    if (candidates.isEmpty()) {
      return PatientMatch.none();
    }
    double best = candidates.stream().mapToDouble(Candidate::total).max().orElseThrow();
    List<Candidate> top = candidates.stream().filter(c -> c.total() >= best - TIE_MARGIN).toList();
    Candidate winner = top.get(0);
    String basis =
        winner.phone() ? "name-dob-phone" : winner.exactName() ? "name-dob" : "fuzzy-name-dob";
    if (top.size() > 1) {
      return PatientMatch.ambiguous(top.size(), basis);
    }
    return PatientMatch.matched(winner.patient().ref(), basis);
  }

  /** Same spelling once case, accents and punctuation are ignored (a nickname is fuzzy). */
  private static boolean spelledAlike(PatientQuery query, PatientRecord p) {
    boolean family =
        NameSimilarity.normalize(query.lastName()).equals(NameSimilarity.normalize(p.lastName()));
    String given = NameSimilarity.normalize(query.firstName());
    return family && (given.isEmpty() || given.equals(NameSimilarity.normalize(p.firstName())));
  }
}
