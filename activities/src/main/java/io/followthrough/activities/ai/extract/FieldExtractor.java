package io.followthrough.activities.ai.extract;

import io.followthrough.activities.ai.DocumentType;
import io.followthrough.activities.ai.Evidence;
import io.followthrough.activities.ai.FieldValue;
import io.followthrough.activities.documents.PageText;
import io.followthrough.activities.documents.ReadDocument;
import io.followthrough.activities.documents.TextSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Label-driven field extraction: finds each field's labels (OCR-tolerant, section-aware), reads the
 * value beside or below the label, normalises and validates it, and scores it.
 */
public final class FieldExtractor {
  private static final java.util.regex.Pattern CITY_STATE_ZIP =
      java.util.regex.Pattern.compile("\\s*[A-Za-z .'-]+,\\s*[A-Z]{2}\\s+\\d{5}(-\\d{4})?\\s*");

  private final Clock clock;

  public FieldExtractor(Clock clock) {
    this.clock = clock;
  }

  public FieldExtractor() {
    this(Clock.systemUTC());
  }

  /** Fields of {@code type} found in {@code document}, best candidate per field. */
  public Map<String, FieldValue> extract(DocumentType type, ReadDocument document) {
    List<FieldSpec> specs = FieldCatalog.fieldsOf(type);
    ValueParser parser = new ValueParser(LocalDate.now(clock));
    Map<String, FieldValue> best = new LinkedHashMap<>();
    Map<String, String> otherValue = new LinkedHashMap<>();
    for (PageText page : document.pages()) {
      String text = page.text();
      List<LabelHit> hits = LabelFinder.find(text, specs);
      List<int[]> orphans = OrphanLines.of(text, hits);
      for (int i = 0; i < hits.size(); i++) {
        LabelHit hit = hits.get(i);
        int regionEnd = regionEnd(text, hit, i + 1 < hits.size() ? hits.get(i + 1) : null);
        int regionStart = hit.valueStart();
        String region = text.substring(regionStart, regionEnd);
        if (hit.spec().kind() == FieldKind.ADDRESS) {
          region = withCityLine(text, regionEnd, region);
        }
        Optional<ParsedValue> parsed =
            region.isBlank() ? Optional.empty() : parser.parse(hit.spec().kind(), region);
        double placement = 1.0;
        boolean labelAlone = text.substring(hit.start(), hit.valueStart()).contains("\n");
        if (labelAlone && (parsed.isEmpty() || !parsed.get().valid())) {
          // OCR of multi-column forms moves a label's value to a later line of its own: take the
          // first unclaimed label-free line that reads as this field's kind, but never trust it.
          Optional<int[]> orphan = OrphanLines.firstParsing(orphans, text, hit, parser);
          if (orphan.isPresent()) {
            regionStart = orphan.get()[0];
            parsed =
                parser.parse(hit.spec().kind(), text.substring(orphan.get()[0], orphan.get()[1]));
            placement = 0.85;
          }
        } else if (labelAlone) {
          placement = 0.97;
        }
        if (parsed.isEmpty()) {
          continue;
        }
        FieldValue candidate = score(hit, parsed.get(), page, regionStart, placement);
        FieldValue current = best.get(candidate.name());
        if (current == null || better(candidate, current)) {
          if (current != null && current.valid() && !current.value().equals(candidate.value())) {
            otherValue.put(candidate.name(), current.value());
          }
          best.put(candidate.name(), candidate);
        } else if (candidate.valid() && !current.value().equals(candidate.value())) {
          otherValue.put(candidate.name(), candidate.value());
        }
      }
    }
    // Two different readings of one field: neither is certain.
    otherValue.forEach(
        (name, other) -> {
          FieldValue f = best.get(name);
          if (f.valid() && !f.value().equals(other)) {
            best.put(
                name,
                new FieldValue(
                    name,
                    f.value(),
                    Math.min(f.confidence(), 0.6),
                    f.evidence(),
                    true,
                    "conflicting_values"));
          }
        });
    return best;
  }

  private static boolean better(FieldValue a, FieldValue b) {
    if (a.valid() != b.valid()) {
      return a.valid();
    }
    return a.confidence() > b.confidence();
  }

  private static FieldValue score(
      LabelHit hit, ParsedValue v, PageText page, int regionStart, double placement) {
    double label = placement * (hit.exact() ? (hit.rank() >= 100 ? 0.98 : 1.0) : 0.93);
    double conf =
        v.valid()
            ? v.confidence() * label * pageFactor(page, hit.spec().kind())
            : Math.min(0.3, v.confidence());
    Evidence ev = new Evidence(page.pageNumber(), regionStart + v.start(), regionStart + v.end());
    return new FieldValue(hit.spec().name(), v.value(), round(conf), ev, v.valid(), v.check());
  }

  /**
   * OCR text is trusted in proportion to the engine's confidence for the page. A checksum (NPI)
   * catches any single misread digit, so it needs far less of that trust than values no validator
   * can verify, such as names, phone numbers and identifiers.
   */
  static double pageFactor(PageText page, FieldKind kind) {
    if (page.source() == TextSource.TEXT_LAYER) {
      return 1.0;
    }
    double c = Math.max(0.0, Math.min(1.0, page.confidence()));
    return kind == FieldKind.NPI ? 1 - 0.2 * (1 - c) : 0.5 + 0.5 * c;
  }

  private static int regionEnd(String text, LabelHit hit, LabelHit next) {
    int valueStart = hit.valueStart();
    int lineEnd = text.indexOf('\n', valueStart);
    if (lineEnd == valueStart) {
      lineEnd = text.indexOf('\n', valueStart + 1);
    }
    int end = lineEnd < 0 ? text.length() : lineEnd;
    if (next != null && next.start() < end && next.start() >= valueStart) {
      end = next.start();
    }
    Matcher unknown = LabelFinder.UNKNOWN_LABEL.matcher(text).region(valueStart, end);
    if (unknown.find()) {
      end = unknown.start();
    }
    return end;
  }

  private static String withCityLine(String text, int regionEnd, String region) {
    int nextStart =
        regionEnd < text.length() && text.charAt(regionEnd) == '\n' ? regionEnd + 1 : -1;
    if (nextStart < 0) {
      return region;
    }
    while (nextStart < text.length() && text.charAt(nextStart) == '\n') {
      nextStart++;
    }
    int nextEnd = text.indexOf('\n', nextStart);
    String next = text.substring(nextStart, nextEnd < 0 ? text.length() : nextEnd);
    return CITY_STATE_ZIP.matcher(next).matches()
        ? region.stripTrailing() + ", " + next.strip()
        : region;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
