package io.followthrough.activities.drafting.check;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a text is written in English or Spanish, by counting common words of each. Enough to
 * catch a model answering in the wrong language; not a general language detector.
 */
public final class LanguageCheck {
  private static final Map<String, Set<String>> COMMON =
      Map.of(
          "en",
          Set.of(
              "the",
              "and",
              "you",
              "your",
              "to",
              "of",
              "for",
              "is",
              "are",
              "we",
              "our",
              "with",
              "this",
              "please",
              "have",
              "has",
              "will",
              "be",
              "at",
              "on",
              "it",
              "if",
              "can",
              "visit",
              "appointment",
              "thank",
              "hello",
              "hi",
              "dear",
              "reply",
              "here",
              "patient"),
          "es",
          Set.of(
              "el",
              "la",
              "los",
              "las",
              "del",
              "que",
              "y",
              "su",
              "sus",
              "para",
              "por",
              "en",
              "con",
              "una",
              "un",
              "le",
              "nuestro",
              "nuestra",
              "usted",
              "favor",
              "cita",
              "gracias",
              "hola",
              "aqui",
              "puede",
              "estimado",
              "responda",
              "esta",
              "paciente",
              "hemos"));

  private LanguageCheck() {}

  /** Whether {@code text} reads as {@code language}; languages without a word list pass. */
  public static boolean matches(String text, String language) {
    Set<String> own = COMMON.get(language);
    if (own == null) {
      return true;
    }
    int mine = 0;
    int others = 0;
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    for (String word : plain.split("[^a-z]+")) {
      if (own.contains(word)) {
        mine++;
      } else {
        for (Map.Entry<String, Set<String>> e : COMMON.entrySet()) {
          if (!e.getKey().equals(language) && e.getValue().contains(word)) {
            others++;
            break;
          }
        }
      }
    }
    return mine >= 2 && mine > others;
  }
}
