package io.followthrough.activities.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers of the triage classifier: normalization, bundled files, language. */
final class TriageText {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u2018`]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SPANISH =
      Pattern.compile(
          "\\b(el|la|los|las|que|de|mi|mis|tengo|tiene|puedo|dolor|por favor|necesito|receta"
              + "|hola|muy|esta|estoy|con|para|desde|hijo|hija|no puedo|me duele|gracias)\\b");
  private static final Pattern ENGLISH =
      Pattern.compile(
          "\\b(the|my|i|is|and|have|can|please|need|with|for|since|it|not|this|you|of)\\b");

  private TriageText() {}

  /** Lower case, accents and apostrophes dropped, whitespace collapsed. */
  static String normalize(String text) {
    if (text == null) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    s = APOSTROPHES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /** {@code es} when Spanish function words outnumber English ones, else {@code en}. */
  static String language(String normalized) {
    return count(SPANISH, normalized) > count(ENGLISH, normalized) ? "es" : "en";
  }

  private static int count(Pattern p, String s) {
    int n = 0;
    var m = p.matcher(s);
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Non-blank, non-comment lines of a bundled resource next to this class. */
  static List<String> lines(String resource) {
    try (InputStream in = TriageText.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + resource);
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
