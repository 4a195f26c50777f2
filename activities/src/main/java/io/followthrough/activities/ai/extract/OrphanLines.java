package io.followthrough.activities.ai.extract;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Non-blank lines without any label: where OCR puts values split off from their labels. */
final class OrphanLines {
  private static final int MAX_LINES_AFTER = 15;

  private OrphanLines() {}

  /** Start and end offsets of each label-free, non-heading, non-blank line. */
  static List<int[]> of(String text, List<LabelHit> hits) {
    List<int[]> out = new ArrayList<>();
    int pos = 0;
    for (String line : text.split("\n", -1)) {
      int start = pos;
      int end = pos + line.length();
      pos = end + 1;
      if (line.isBlank() || line.strip().length() < 3 || line.contains(":")) {
        continue;
      }
      boolean labelled = hits.stream().anyMatch(h -> h.start() >= start && h.start() < end);
      boolean heading = false;
      for (Section s : Section.values()) {
        heading |= s.isHeading(line);
      }
      if (!labelled && !heading) {
        out.add(new int[] {start, end});
      }
    }
    return out;
  }

  /** Claims and returns the first orphan after {@code hit} that reads as a valid value. */
  static Optional<int[]> firstParsing(
      List<int[]> orphans, String text, LabelHit hit, ValueParser parser) {
    int lines = 0;
    for (Iterator<int[]> it = orphans.iterator(); it.hasNext(); ) {
      int[] o = it.next();
      if (o[0] < hit.start()) {
        continue;
      }
      if (++lines > MAX_LINES_AFTER) {
        break;
      }
      Optional<ParsedValue> v = parser.parse(hit.spec().kind(), text.substring(o[0], o[1]));
      if (v.isPresent() && v.get().valid()) {
        it.remove();
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }
}
