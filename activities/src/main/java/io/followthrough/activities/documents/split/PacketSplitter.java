package io.followthrough.activities.documents.split;

import io.followthrough.activities.documents.PageText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a multi-document fax packet into page ranges from per-page boundary signals: a cover
 * sheet, "Page 1 of N" restarting, a different patient name or date of birth, a new form title.
 * Each signal adds evidence (log-odds) for or against "this page starts a new document". Stateless
 * and thread-safe.
 */
public final class PacketSplitter {

  private static final double PRIOR = -1.5;

  /** Scores each page's likelihood of starting a new document. */
  public List<PageBoundary> boundaries(List<PageText> pages) {
    List<PageBoundary> result = new ArrayList<>(pages.size());
    PageSignals previous = null;
    Segment current = null;
    for (PageText page : pages) {
      PageSignals s = PageSignals.of(page.text());
      if (previous == null) {
        result.add(new PageBoundary(page.pageNumber(), 1.0, List.of("first-page")));
        current = new Segment(s);
        previous = s;
        continue;
      }
      List<String> fired = new ArrayList<>();
      double score = PRIOR + evidence(s, previous, current, fired);
      double probability = 1 / (1 + Math.exp(-score));
      result.add(new PageBoundary(page.pageNumber(), probability, fired));
      current = probability >= 0.5 ? new Segment(s) : current.extend(s);
      previous = s;
    }
    return result;
  }

  /** Splits {@code pages} into documents. */
  public List<PacketPart> split(List<PageText> pages) {
    List<PageBoundary> boundaries = boundaries(pages);
    List<Boolean> covers = pages.stream().map(p -> PageSignals.of(p.text()).coverSheet()).toList();
    return split(boundaries, covers);
  }

  /**
   * Splits from (possibly refined) boundaries. {@code coverSheets} flags cover pages, in order. A
   * part's confidence is the least certain of its decisions: its start and each page kept in.
   */
  public List<PacketPart> split(List<PageBoundary> boundaries, List<Boolean> coverSheets) {
    List<PacketPart> parts = new ArrayList<>();
    int start = 0;
    double confidence = 1.0;
    for (int i = 1; i <= boundaries.size(); i++) {
      boolean ends = i == boundaries.size() || boundaries.get(i).startsDocument();
      if (!ends) {
        confidence = Math.min(confidence, 1 - boundaries.get(i).probability());
        continue;
      }
      double startConfidence = boundaries.get(start).probability();
      boolean cover = coverSheets.get(start) && i - start == 1;
      parts.add(
          new PacketPart(
              boundaries.get(start).pageNumber(),
              boundaries.get(i - 1).pageNumber(),
              Math.min(confidence, startConfidence),
              cover));
      start = i;
      confidence = 1.0;
    }
    return parts;
  }

  private static double evidence(
      PageSignals s, PageSignals previous, Segment current, List<String> fired) {
    double score = 0;
    if (s.blank()) {
      fired.add("blank-page");
      return -2.0; // a blank page belongs with what precedes it
    }
    if (s.coverSheet()) {
      score += add(fired, "cover-sheet", 4.0);
    }
    if (previous.coverSheet()) {
      score += add(fired, "after-cover-sheet", 4.0);
    }
    if (s.pageOf().isPresent()) {
      int n = s.pageOf().get();
      if (n == 1) {
        score += add(fired, "page-1-of-n", 3.0);
      } else if (previous.pageOf().isPresent() && previous.pageOf().get() == n - 1) {
        score += add(fired, "page-sequence-continues", -4.0);
      } else if (n > 1) {
        score += add(fired, "page-k-of-n", -2.0);
      }
    } else if (current.remainingPages() > 0) {
      score += add(fired, "within-announced-page-count", -1.0);
    }
    // Same patient argues only weakly against a boundary: packets often hold several documents
    // for one patient; a different patient argues strongly for one.
    score += compare(fired, "dob", s.birthDate(), current.birthDate, 3.5, -1.0);
    score += compare(fired, "patient", s.patientName(), current.patientName, 1.5, -0.5);
    score += compare(fired, "title", s.title(), current.title, 1.5, -0.5);
    return score;
  }

  private static double compare(
      List<String> fired,
      String name,
      Optional<String> now,
      Optional<String> before,
      double changed,
      double same) {
    if (now.isEmpty() || before.isEmpty()) {
      return 0;
    }
    return now.equals(before)
        ? add(fired, name + "-same", same)
        : add(fired, name + "-changed", changed);
  }

  private static double add(List<String> fired, String signal, double weight) {
    fired.add(signal);
    return weight;
  }

  /** What the current document has established so far. */
  private record Segment(
      Optional<String> birthDate,
      Optional<String> patientName,
      Optional<String> title,
      int remainingPages) {
    Segment(PageSignals first) {
      this(
          first.birthDate(),
          first.patientName(),
          first.title(),
          first.pageOf().isPresent() && first.pageTotal().isPresent()
              ? first.pageTotal().get() - first.pageOf().get()
              : 0);
    }

    Segment extend(PageSignals page) {
      return new Segment(
          birthDate.isPresent() ? birthDate : page.birthDate(),
          patientName.isPresent() ? patientName : page.patientName(),
          title.isPresent() ? title : page.title(),
          Math.max(0, remainingPages - 1));
    }
  }
}
