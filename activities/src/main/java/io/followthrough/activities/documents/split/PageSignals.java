package io.followthrough.activities.documents.split;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts about one page that hint at document boundaries, found by patterns tolerant of OCR noise.
 * Values are kept only to compare neighbouring pages; they never leave the splitter.
 */
record PageSignals(
    boolean blank,
    boolean coverSheet,
    Optional<Integer> pageOf,
    Optional<Integer> pageTotal,
    Optional<String> birthDate,
    Optional<String> patientName,
    Optional<String> title) {

  private static final Pattern COVER =
      Pattern.compile(
          "(fax\\s*cover|cover\\s*(sheet|page)|fax\\s*transmittal)", Pattern.CASE_INSENSITIVE);
  private static final Pattern PAGE_OF =
      Pattern.compile(
          "\\bpage\\s*(\\d{1,3})\\s*(?:of|/)\\s*(\\d{1,3})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DOB =
      Pattern.compile(
          "\\b(?:dob|d\\.o\\.b\\.?|date\\s*of\\s*birth|birth\\s*date)\\s*[:#]?\\s*"
              + "(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{2,4})",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PATIENT =
      Pattern.compile(
          "\\b(?:patient(?:\\s*name)?|pt\\.?|name)\\s*:\\s*([A-Za-z][A-Za-z'.-]*(?:[ ,]+[A-Za-z][A-Za-z'.-]*){0,3})");
  private static final Pattern TITLE_WORD = Pattern.compile("[A-Z]{2,}");

  static PageSignals of(String text) {
    String stripped = text == null ? "" : text.strip();
    if (stripped.chars().filter(Character::isLetterOrDigit).count() < 5) {
      return new PageSignals(
          true,
          false,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());
    }
    Matcher pageOf = PAGE_OF.matcher(stripped);
    Optional<Integer> number = Optional.empty();
    Optional<Integer> total = Optional.empty();
    if (pageOf.find()) {
      number = Optional.of(Integer.parseInt(pageOf.group(1)));
      total = Optional.of(Integer.parseInt(pageOf.group(2)));
    }
    Matcher dob = DOB.matcher(stripped);
    Optional<String> birth =
        dob.find()
            ? Optional.of(
                Integer.parseInt(dob.group(1))
                    + "/"
                    + Integer.parseInt(dob.group(2))
                    + "/"
                    + year(dob.group(3)))
            : Optional.empty();
    Matcher patient = PATIENT.matcher(stripped);
    Optional<String> name =
        patient.find() ? Optional.of(normalise(patient.group(1))) : Optional.empty();
    return new PageSignals(
        false, COVER.matcher(stripped).find(), number, total, birth, name, title(stripped));
  }

  /** The first line that reads like a form title: mostly capital words. */
  private static Optional<String> title(String text) {
    for (String line : text.split("\n", 6)) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      long words = TITLE_WORD.matcher(l).results().count();
      long letters = l.chars().filter(Character::isLetter).count();
      long upper = l.chars().filter(Character::isUpperCase).count();
      if (words >= 2 && letters > 0 && upper * 10 >= letters * 8) {
        return Optional.of(normalise(l));
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static String year(String y) {
    return y.length() == 2 ? "19" + y : y;
  }

  private static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").replaceAll("\\s+", " ").strip();
  }
}
