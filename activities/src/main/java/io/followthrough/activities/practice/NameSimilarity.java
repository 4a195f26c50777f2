package io.followthrough.activities.practice;

import java.text.Normalizer;
import java.util.Locale;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Name comparison for patient matching: case, accents, spaces, hyphens and apostrophes ignored;
 * given-name nicknames equal; small typos scored by Jaro-Winkler (which favours a shared prefix, as
 * transcription errors rarely hit the first letters).
 */
final class NameSimilarity {
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  private NameSimilarity() {}

  /** Lower-case ASCII letters only: "O'Brien-Núñez" → "obriennunez". */
  static String normalize(String name) {
    if (name == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
  }

  /** 1.0 for the same given name or a nickname of it; a lone initial that fits scores 0.9. */
  static double givenName(String query, String candidate) {
    String q = normalize(query);
    String c = normalize(candidate);
    if (q.isEmpty() || c.isEmpty()) {
      return 0;
    }
    if (Nicknames.equivalent(q, c)) {
      return 1.0;
    }
    if (q.length() == 1) {
      return c.charAt(0) == q.charAt(0) ? 0.9 : 0;
    }
    return JARO_WINKLER.apply(q, c);
  }

  /** 1.0 for the same family name; 0.95 when one part of a compound name equals the other. */
  static double familyName(String query, String candidate) {
    String q = normalize(query);
    String c = normalize(candidate);
    if (q.isEmpty() || c.isEmpty()) {
      return 0;
    }
    if (q.equals(c)) {
      return 1.0;
    }
    double best = JARO_WINKLER.apply(q, c);
    for (String qPart : parts(query)) {
      for (String cPart : parts(candidate)) {
        if (qPart.length() > 1 && qPart.equals(cPart)) {
          best = Math.max(best, 0.95);
        }
      }
    }
    return best;
  }

  private static String[] parts(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").trim().split(" +");
  }
}
