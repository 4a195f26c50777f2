package io.followthrough.activities.drafting;

import io.followthrough.activities.channels.InboundClassifier;
import java.util.Set;

/**
 * Whole-word phrase matching on normalized text (lower case, no accents, apostrophes or
 * punctuation: {@link InboundClassifier#normalize}), with a look-back for negations.
 */
public final class Phrases {
  /** Words that negate a phrase right after them (within three words). */
  private static final Set<String> NEGATIONS =
      Set.of(
          "no",
          "not",
          "dont",
          "doesnt",
          "didnt",
          "cant",
          "cannot",
          "wont",
          "never",
          "denies",
          "denied",
          "without",
          "negative",
          "non",
          "sin",
          "niega",
          "nunca",
          "ni");

  private Phrases() {}

  public static String normalize(String text) {
    return InboundClassifier.normalize(text);
  }

  /** Where {@code phrase} (normalized) starts as whole words in {@code normal}, or -1. */
  public static int find(String normal, String phrase) {
    String p = normalize(phrase);
    if (p.isEmpty()) {
      return -1;
    }
    int from = 0;
    while (true) {
      int at = normal.indexOf(p, from);
      if (at < 0) {
        return -1;
      }
      boolean startOk = at == 0 || normal.charAt(at - 1) == ' ';
      int end = at + p.length();
      boolean endOk = end == normal.length() || normal.charAt(end) == ' ';
      if (startOk && endOk) {
        return at;
      }
      from = at + 1;
    }
  }

  /** Whether one of the three words before {@code at} negates what starts there. */
  public static boolean negated(String normal, int at) {
    String[] before = normal.substring(0, at).strip().split(" ");
    for (int i = before.length - 1; i >= Math.max(0, before.length - 3); i--) {
      if (NEGATIONS.contains(before[i])) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code phrase} occurs in {@code normal} without a negation before it. */
  public static boolean affirmed(String normal, String phrase) {
    int at = find(normal, phrase);
    return at >= 0 && !negated(normal, at);
  }
}
