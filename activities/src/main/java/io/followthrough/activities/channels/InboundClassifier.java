package io.followthrough.activities.channels;

import io.followthrough.channels.InboundKind;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Classifies a free-text reply into an {@link InboundKind}. Conservative: opt-out and wrong-number
 * signals win over everything, an answer is affirmative only when it starts with a yes-word and
 * carries no negation, and anything unclear is a plain {@link InboundKind#REPLY} for a person.
 */
public final class InboundClassifier {
  /**
   * Carrier opt-out keywords (CTIA) plus French and Spanish. "cancel" is left out on purpose: here
   * it usually means "cancel my appointment", which a person should handle.
   */
  private static final Set<String> STOP =
      Set.of("stop", "stopall", "unsubscribe", "end", "quit", "arret", "alto", "parar");

  private static final List<String> WRONG_NUMBER =
      List.of(
          "wrong number",
          "wrong #",
          "wrong person",
          "wrong phone",
          "numero equivocado",
          "mauvais numero",
          "dont know who this is",
          "no one by that name",
          "nobody by that name");
  private static final Set<String> YES =
      Set.of(
          "yes",
          "y",
          "yeah",
          "yep",
          "yup",
          "ok",
          "okay",
          "sure",
          "book",
          "confirm",
          "confirmed",
          "1",
          "si",
          "oui");
  private static final Set<String> NO = Set.of("no", "n", "nope", "non", "2", "decline");
  private static final List<String> DECLINE_PHRASES =
      List.of(
          "not interested",
          "no thanks",
          "no thank you",
          "dont want",
          "do not want",
          "not needed",
          "no longer need");
  private static final Set<String> NEGATIONS =
      Set.of("not", "no", "cant", "cannot", "dont", "wont", "never");

  private InboundClassifier() {}

  public static InboundKind classify(String text) {
    String normal = normalize(text);
    if (normal.isEmpty()) {
      return InboundKind.REPLY;
    }
    String[] words = normal.split(" ");
    if (STOP.contains(normal) || STOP.contains(words[0]) && words.length <= 3) {
      return InboundKind.STOP;
    }
    if (WRONG_NUMBER.stream().anyMatch(normal::contains)) {
      return InboundKind.WRONG_NUMBER;
    }
    if (DECLINE_PHRASES.stream().anyMatch(normal::contains)) {
      return InboundKind.DECLINE;
    }
    if (YES.contains(words[0])) {
      for (int i = 1; i < words.length; i++) {
        if (NEGATIONS.contains(words[i])) {
          return InboundKind.REPLY;
        }
      }
      return InboundKind.AFFIRMATIVE;
    }
    if (NO.contains(words[0])) {
      return InboundKind.DECLINE;
    }
    return InboundKind.REPLY;
  }

  /** Lower case, no accents or apostrophes, other punctuation as spaces (keeping '#'). */
  public static String normalize(String text) {
    if (text == null) {
      return "";
    }
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain
        .toLowerCase(Locale.ROOT)
        .replaceAll("['’]", "")
        .replaceAll("[^a-z0-9# ]", " ")
        .trim()
        .replaceAll("\\s+", " ");
  }
}
