package io.followthrough.activities.ai.extract;

import io.followthrough.activities.ai.validate.DateNormalizer;
import io.followthrough.activities.ai.validate.Digits;
import io.followthrough.activities.ai.validate.Icd10Validator;
import io.followthrough.activities.ai.validate.NpiValidator;
import io.followthrough.activities.ai.validate.PhoneNormalizer;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises, normalises and validates a value of each {@link FieldKind} in a value region. */
final class ValueParser {
  private static final Pattern PHONE =
      Pattern.compile(
          "(\\+?1[\\s.-]?)?\\(?[0-9OlI]{3}\\)?[\\s.-]{0,2}[0-9OlIS]{3}[\\s.-]{0,2}[0-9OlISB]{4}");
  private static final Pattern NPI = Pattern.compile("[0-9OlI|][0-9OlI|\\s]{8,14}[0-9OlI|]");
  private static final Pattern ICD =
      Pattern.compile(
          "(?<![A-Za-z0-9])[A-TV-Z01l|58][0-9OIlSB][0-9A-Z](?:[.,][0-9A-Z]{1,4})?(?![A-Za-z0-9])");
  private static final Pattern CODE_LIKE =
      Pattern.compile("(?<![A-Za-z0-9])[A-Za-z0-9|]{3}[.,][A-Za-z0-9]{1,4}(?![A-Za-z0-9])");
  private static final Pattern DATE =
      Pattern.compile(
          "\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|[0-9Ol]{1,2}\\s?[-/.]\\s?[0-9Ol]{1,2}\\s?[-/.]\\s?[0-9Ol]{2,4}"
              + "|[A-Za-z]{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+[A-Za-z]{3,9}\\.?,?\\s+\\d{4}");
  private static final Pattern NAME =
      Pattern.compile("[A-Za-z][A-Za-z.'\\-]*(?:,? [A-Za-z][A-Za-z.'\\-]*){0,4}");
  private static final Pattern IDENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9\\-]{3,24}");
  private static final Pattern STRENGTH =
      Pattern.compile(
          "(\\d+(?:\\.\\d+)?)\\s?(mg|mcg|g|ml|mL|units|iu|IU|%)(?:/(\\d*\\s?(?:ml|mL|hr|dose)))?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TITLES =
      Pattern.compile(
          "^(dr\\.?|doctor)\\s+|,?\\s+(md|m\\.d\\.|do|np|pa-c|pa|fnp|dnp|rn)\\.?$",
          Pattern.CASE_INSENSITIVE);

  private final LocalDate today;

  ValueParser(LocalDate today) {
    this.today = today;
  }

  Optional<ParsedValue> parse(FieldKind kind, String region) {
    return switch (kind) {
      case PHONE -> phone(region);
      case NPI -> npi(region);
      case BIRTH_DATE -> date(region, true);
      case NEAR_DATE -> date(region, false);
      case ICD10_LIST -> icd(region);
      case PERSON_NAME -> name(region);
      case SEX -> sex(region);
      case IDENTIFIER -> identifier(region);
      case URGENCY ->
          choice(
              region,
              new String[][] {
                {"stat", "stat", "emergent"},
                {"urgent", "urgent", "expedite", "asap"},
                {"routine", "routine", "standard", "non-urgent"}
              });
      case DECISION ->
          choice(
              region,
              new String[][] {
                {"partially_approved", "partially approved", "partial approval"},
                {"approved", "approved", "approval", "certified"},
                {"denied", "denied", "denial", "not approved", "adverse"},
                {"pending", "pending", "pended", "in review", "more information"}
              });
      case STRENGTH -> strength(region);
      case DRUG -> drug(region);
      case TEXT, ADDRESS -> text(region);
    };
  }

  private Optional<ParsedValue> phone(String r) {
    Matcher m = PHONE.matcher(r);
    if (!m.find()) {
      return Optional.empty();
    }
    Optional<String> e164 = PhoneNormalizer.toE164(m.group());
    double conf = Digits.hadSubstitutions(m.group()) ? 0.85 : 0.97;
    return Optional.of(
        e164.map(v -> ParsedValue.clean(v, m.start(), m.end(), conf))
            .orElseGet(() -> ParsedValue.invalid(m.group(), m.start(), m.end(), "phone_not_nanp")));
  }

  private Optional<ParsedValue> npi(String r) {
    Matcher m = NPI.matcher(r);
    if (!m.find()) {
      return Optional.empty();
    }
    String digits = Digits.ocrDigits(m.group());
    if (!NpiValidator.isValid(digits)) {
      return Optional.of(ParsedValue.invalid(digits, m.start(), m.end(), "npi_checksum_failed"));
    }
    // The Luhn check catches any single wrong digit, so a passing NPI is near certain.
    double conf = Digits.hadSubstitutions(m.group()) ? 0.93 : 0.99;
    return Optional.of(ParsedValue.clean(digits, m.start(), m.end(), conf));
  }

  private Optional<ParsedValue> date(String r, boolean birth) {
    Matcher m = DATE.matcher(r);
    if (!m.find()) {
      return Optional.empty();
    }
    Optional<LocalDate> d = DateNormalizer.parse(m.group(), today);
    if (d.isEmpty()) {
      return Optional.of(ParsedValue.invalid(m.group(), m.start(), m.end(), "date_unparseable"));
    }
    boolean plausible =
        birth
            ? DateNormalizer.plausibleBirthDate(d.get(), today)
            : DateNormalizer.plausibleNearDate(d.get(), today);
    if (!plausible) {
      return Optional.of(
          ParsedValue.invalid(d.get().toString(), m.start(), m.end(), "date_implausible"));
    }
    // Two-digit years and confusable digits leave room for error a validator cannot see.
    boolean shaky = m.group().matches(".*[-/.]\\s?\\d{2}$") || m.group().matches(".*[Ol].*");
    return Optional.of(
        ParsedValue.clean(d.get().toString(), m.start(), m.end(), shaky ? 0.85 : 0.95));
  }

  private Optional<ParsedValue> icd(String r) {
    Matcher m = ICD.matcher(r);
    Set<String> codes = new LinkedHashSet<>();
    int start = -1;
    int end = -1;
    boolean fixed = false;
    while (m.find()) {
      Optional<String> code = Icd10Validator.normalize(m.group());
      if (code.isPresent()) {
        codes.add(code.get());
        fixed |= !code.get().equals(m.group());
        start = start < 0 ? m.start() : start;
        end = m.end();
      }
    }
    if (codes.isEmpty()) {
      return Optional.empty();
    }
    // A code-shaped token that did not read as a code means the list may be incomplete.
    Matcher like = CODE_LIKE.matcher(r);
    int shaped = 0;
    while (like.find()) {
      shaped++;
    }
    double conf = shaped > codes.size() ? 0.7 : fixed ? 0.86 : 0.95;
    return Optional.of(ParsedValue.clean(String.join(", ", codes), start, end, conf));
  }

  private Optional<ParsedValue> name(String r) {
    Matcher m = NAME.matcher(r);
    if (!m.find() || m.start() > 2) {
      return Optional.empty();
    }
    String raw = m.group().trim();
    String name = TITLES.matcher(raw).replaceAll("").trim();
    name = TITLES.matcher(name).replaceAll("").trim();
    int comma = name.indexOf(',');
    if (comma > 0) {
      // "Last, First" on many forms; stored as "First Last".
      name = (name.substring(comma + 1).trim() + " " + name.substring(0, comma).trim()).trim();
    }
    if (name.split("\\s+").length < 2 || name.length() < 4) {
      return Optional.of(ParsedValue.invalid(name, m.start(), m.end(), "name_incomplete"));
    }
    return Optional.of(ParsedValue.clean(name, m.start(), m.start() + raw.length(), 0.93));
  }

  private Optional<ParsedValue> sex(String r) {
    Matcher m = Pattern.compile("(?i)\\b(female|male|f|m|unknown|u|x)\\b").matcher(r);
    if (!m.find() || m.start() > 3) {
      return Optional.empty();
    }
    String v = m.group(1).substring(0, 1).toUpperCase(Locale.ROOT);
    return Optional.of(ParsedValue.clean(v.equals("X") ? "U" : v, m.start(), m.end(), 0.95));
  }

  private Optional<ParsedValue> identifier(String r) {
    Matcher m = IDENT.matcher(r);
    if (!m.find() || m.start() > 2 || !m.group().matches(".*\\d.*")) {
      return Optional.empty();
    }
    String id = m.group().toUpperCase(Locale.ROOT);
    boolean mixed = id.matches(".*[A-Z].*") && id.matches(".*\\d.*");
    // In mixed letter-digit IDs, O/0, I/1, S/5, B/8 cannot be told apart by a validator.
    boolean ambiguous = mixed && id.matches(".*[O0I1S5B8].*");
    return Optional.of(ParsedValue.clean(id, m.start(), m.end(), ambiguous ? 0.88 : 0.94));
  }

  private Optional<ParsedValue> choice(String r, String[][] options) {
    String lower = r.toLowerCase(Locale.ROOT);
    Matcher checked = Pattern.compile("[\\[(]\\s*[xX✓v/]\\s*[\\])]\\s*([a-z\\- ]+)").matcher(lower);
    String scope = checked.find() ? checked.group(1) : lower;
    int base = checked.find(0) ? checked.start(1) : 0;
    for (String[] option : options) {
      for (int i = 1; i < option.length; i++) {
        int at = scope.indexOf(option[i]);
        if (at >= 0 && (at == 0 || !Character.isLetter(scope.charAt(at - 1)))) {
          return Optional.of(
              ParsedValue.clean(option[0], base + at, base + at + option[i].length(), 0.95));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<ParsedValue> strength(String r) {
    Matcher m = STRENGTH.matcher(r.replace('O', '0'));
    if (!m.find()) {
      return Optional.empty();
    }
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    String v =
        m.group(1)
            + " "
            + unit
            + (m.group(3) == null
                ? ""
                : "/" + m.group(3).replace(" ", "").toLowerCase(Locale.ROOT));
    return Optional.of(ParsedValue.clean(v, m.start(), m.end(), 0.95));
  }

  private Optional<ParsedValue> drug(String r) {
    Matcher s = STRENGTH.matcher(r);
    String head = s.find() ? r.substring(0, s.start()) : r;
    return text(head.replaceAll("[\\s,;-]+$", ""));
  }

  private Optional<ParsedValue> text(String r) {
    String t = r.strip();
    if (t.length() < 2) {
      return Optional.empty();
    }
    int start = r.indexOf(t);
    String v = t.replaceAll("\\s+", " ");
    return Optional.of(ParsedValue.clean(v, start, start + t.length(), 0.92));
  }
}
