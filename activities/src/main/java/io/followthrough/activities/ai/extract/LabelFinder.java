package io.followthrough.activities.ai.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the labels of a set of fields on one page, resolving overlaps and section scope. */
final class LabelFinder {
  private LabelFinder() {}

  static List<LabelHit> find(String page, List<FieldSpec> specs) {
    Section[] sectionAt = sections(page);
    List<LabelHit> hits = new ArrayList<>();
    for (FieldSpec spec : specs) {
      addHits(page, spec, spec.labels(), 0, null, sectionAt, hits);
      addHits(page, spec, spec.sectionLabels(), 100, spec.section(), sectionAt, hits);
    }
    // A label inside a longer label ("Provider NPI" in "Receiving Provider NPI") is not a label.
    List<LabelHit> kept = new ArrayList<>();
    for (LabelHit h : hits) {
      boolean inner = hits.stream().anyMatch(o -> o != h && o.contains(h));
      boolean duplicate =
          kept.stream()
              .anyMatch(
                  k ->
                      k.spec() == h.spec()
                          && k.start() == h.start()
                          && k.valueStart() == h.valueStart());
      if (!inner && !duplicate) {
        kept.add(h);
      }
    }
    kept.sort(Comparator.comparingInt(LabelHit::start));
    return kept;
  }

  private static void addHits(
      String page,
      FieldSpec spec,
      List<String> labels,
      int rankBase,
      Section only,
      Section[] sectionAt,
      List<LabelHit> out) {
    for (int i = 0; i < labels.size(); i++) {
      String label = labels.get(i);
      Matcher m = FuzzyLabel.compile(label).matcher(page);
      while (m.find()) {
        if (!wordStart(page, m.start()) || only != null && sectionAt[m.start()] != only) {
          continue;
        }
        if (!separated(page, m) || qualifiedByOther(page, m.start(), labels)) {
          continue;
        }
        String read = page.substring(m.start(), m.end()).replaceAll("[\\s:;.#)\\]]", "");
        boolean exact =
            read.toLowerCase(Locale.ROOT)
                .startsWith(label.replaceAll("[\\s.#]", "").toLowerCase(Locale.ROOT));
        out.add(new LabelHit(spec, rankBase + i, m.start(), m.end(), exact));
      }
    }
  }

  private static final Pattern QUALIFIER =
      Pattern.compile(
          "(?i)(receiving|referring|ordering|patient|pt|provider|pharmacy|insurance|emergency|"
              + "office|home|cell|work|facility|billing|secondary|primary|subscriber|supervising|"
              + "attending|pcp|guarantor|employer|contact)\\s+$");

  /**
   * "Receiving Provider NPI" is not "Provider NPI": a label directly after a qualifier word that is
   * not part of one of this field's own labels belongs to something else.
   */
  private static boolean qualifiedByOther(String page, int start, List<String> labels) {
    int lineStart = page.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
    Matcher q = QUALIFIER.matcher(page.substring(lineStart, start));
    if (!q.find()) {
      return false;
    }
    String word = q.group(1).toLowerCase(Locale.ROOT);
    return labels.stream().noneMatch(l -> l.toLowerCase(Locale.ROOT).startsWith(word));
  }

  /** Labels start words; OCR sometimes drops the space before one ("ShieldSubscriber ID"). */
  private static boolean wordStart(String page, int start) {
    if (start == 0 || !Character.isLetterOrDigit(page.charAt(start - 1))) {
      return true;
    }
    return Character.isLowerCase(page.charAt(start - 1))
        && Character.isUpperCase(page.charAt(start));
  }

  /** A label must end in a separator, or be followed by a wide gap or the end of the line. */
  private static boolean separated(String page, Matcher m) {
    String sep = page.substring(m.start(), m.end());
    if (sep.matches("(?s).*[:;=]\\s*$") || sep.matches("(?s).*\\.\\s+$")) {
      return true;
    }
    int end = m.end();
    boolean lineStart =
        m.start() == 0
            || page.lastIndexOf('\n', m.start() - 1) >= 0
                && page.substring(page.lastIndexOf('\n', m.start() - 1) + 1, m.start()).isBlank();
    return lineStart
        && (sep.endsWith("\n") || sep.matches("(?s).*\\S {2,}$") || end == page.length());
  }

  /** The section each character belongs to, from heading lines. */
  static Section[] sections(String page) {
    Section[] at = new Section[page.length() + 1];
    Section current = Section.ANY;
    int pos = 0;
    for (String line : page.split("\n", -1)) {
      for (Section s : Section.values()) {
        if (s.isHeading(line)) {
          current = s;
        }
      }
      for (int i = 0; i <= line.length() && pos + i < at.length; i++) {
        at[pos + i] = current;
      }
      pos += line.length() + 1;
    }
    for (int i = 0; i < at.length; i++) {
      at[i] = at[i] == null ? Section.ANY : at[i];
    }
    return at;
  }

  static final Pattern UNKNOWN_LABEL =
      Pattern.compile("\\s[A-Z][A-Za-z#/.]{1,15}(?: [A-Za-z#/.]{1,12}){0,2}:\\s");
}
