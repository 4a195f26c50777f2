package io.followthrough.activities.refill;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises medication names and strengths: lower case without accents or punctuation, brand names
 * and nicknames to generics (the bundled {@code medication-names.txt}), strengths to {@code
 * <number> <unit>} ({@code 10MG}, {@code 10 mg.}, {@code .5 mg} → {@code 10 mg}, {@code 0.5 mg}).
 */
final class MedicationNames {
  private static final Pattern STRENGTH =
      Pattern.compile(
          "(\\d*\\.?\\d+)\\s*(mg|mcg|µg|ug|g|ml|units?|iu|%)(?![a-z])", Pattern.CASE_INSENSITIVE);

  private final Map<String, String> generics;

  private MedicationNames(Map<String, String> generics) {
    this.generics = generics;
  }

  /** The bundled table. */
  static MedicationNames bundled() {
    try (InputStream in =
        MedicationNames.class.getResourceAsStream(
            "/io/followthrough/activities/refill/medication-names.txt")) {
      if (in == null) {
        throw new IllegalStateException("medication-names.txt is missing");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MedicationNames parse(String text) {
    Map<String, String> table = new LinkedHashMap<>();
    int line = 0;
    for (String raw : text.split("\n")) {
      line++;
      String row = raw.strip();
      if (row.isEmpty() || row.startsWith("#")) {
        continue;
      }
      String[] cells = row.split("\\|");
      if (cells.length != 2) {
        throw new IllegalStateException("medication-names.txt line " + line + ": expected 2 cells");
      }
      table.put(words(cells[0]), words(cells[1]));
    }
    return new MedicationNames(table);
  }

  /** Lower case, no accents, letters, digits, dots and hyphens kept, single spaces. */
  static String words(String text) {
    if (text == null) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.%µ/-]+", " ");
    s = s.replaceAll("(?<![0-9])\\.|\\.(?![0-9])", " ");
    return s.replaceAll("\\s+", " ").strip();
  }

  /** The generic for {@code name} (a brand, nickname or generic), normalised. */
  String generic(String name) {
    String w = words(name);
    return generics.getOrDefault(w, w);
  }

  /**
   * The generics named in {@code text}: each one- and two-word phrase mapped through the table, and
   * every word as it stands (the caller matches them against known generics).
   */
  List<String> phrases(String text) {
    String[] tokens = words(text).split(" ");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      if (i + 1 < tokens.length) {
        String two = tokens[i] + " " + tokens[i + 1];
        if (generics.containsKey(two)) {
          out.add(generics.get(two));
        }
      }
      out.add(generics.getOrDefault(tokens[i], tokens[i]));
    }
    return out;
  }

  /** Every strength written in {@code text}, normalised. */
  static List<String> strengths(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = STRENGTH.matcher(text);
    while (m.find()) {
      normalStrength(m.group(1), m.group(2)).ifPresent(out::add);
    }
    return out;
  }

  /** The first strength in {@code text}, normalised. */
  static Optional<String> strength(String text) {
    List<String> all = strengths(text);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  private static Optional<String> normalStrength(String number, String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    u =
        switch (u) {
          case "µg", "ug" -> "mcg";
          case "unit" -> "units";
          case "iu" -> "units";
          default -> u;
        };
    try {
      java.math.BigDecimal n = new java.math.BigDecimal(number).stripTrailingZeros();
      return Optional.of(n.toPlainString() + " " + u);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
