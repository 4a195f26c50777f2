package io.followthrough.referral;

import io.followthrough.documents.ExtractedField;
import io.followthrough.practice.NewPatient;
import io.followthrough.practice.PatientQuery;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fields read from a referral's documents (names as in the extraction catalog: {@code
 * patient_name}, {@code dob}, {@code phone}, {@code mrn}, {@code payer}, {@code member_id}, {@code
 * referring_npi}, {@code specialty}, {@code reason}, {@code icd10}, {@code urgency}, ...), merged
 * across the first fax and its supplements. Values are PHI: they go to activities (matching,
 * drafting) and never into codes, timelines or {@link #toString()}.
 */
final class ReferralFields {
  private final TreeMap<String, ExtractedField> fields = new TreeMap<>();

  ReferralFields(Map<String, ExtractedField> initial) {
    merge(initial);
  }

  /** Adds valid fields of a further document; a valid new value replaces an old one. */
  List<String> merge(Map<String, ExtractedField> more) {
    List<String> added = new ArrayList<>();
    if (more == null) {
      return added;
    }
    for (Map.Entry<String, ExtractedField> e : new TreeMap<>(more).entrySet()) {
      ExtractedField f = e.getValue();
      if (f == null || !f.valid() || blank(f.value())) {
        continue;
      }
      if (!has(e.getKey())) {
        added.add(e.getKey());
      }
      fields.put(e.getKey(), f);
    }
    return added;
  }

  /** Whether the field was read with a valid, non-blank value. */
  boolean has(String name) {
    ExtractedField f = fields.get(name);
    return f != null && f.valid() && !blank(f.value());
  }

  /** The value, or null when absent or invalid. */
  String value(String name) {
    return has(name) ? fields.get(name).value().trim() : null;
  }

  /** Required fields still missing, in the order given. */
  List<String> missing(List<String> required) {
    return required.stream().filter(f -> !has(f)).toList();
  }

  /** All fields, for carrying into a new run. */
  Map<String, ExtractedField> all() {
    return Collections.unmodifiableMap(new TreeMap<>(fields));
  }

  /** The given name as written: the first word of the patient's name. */
  String firstName() {
    String[] parts = nameParts();
    return parts.length < 2 ? null : parts[0];
  }

  /** The family name: the patient's name after the first word (keeps compound names whole). */
  String lastName() {
    String[] parts = nameParts();
    if (parts.length < 2) {
      return null;
    }
    return String.join(" ", Arrays.copyOfRange(parts, 1, parts.length));
  }

  LocalDate dateOfBirth() {
    String dob = value("dob");
    try {
      return dob == null ? null : LocalDate.parse(dob);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Whether a patient match can be tried: an MRN, or a family name with a date of birth. */
  boolean canMatch() {
    return has("mrn") || (lastName() != null && dateOfBirth() != null);
  }

  PatientQuery patientQuery() {
    return new PatientQuery(firstName(), lastName(), dateOfBirth(), value("phone"), value("mrn"));
  }

  NewPatient newPatient(String language, String timeZone) {
    return new NewPatient(
        firstName(),
        lastName(),
        dateOfBirth(),
        value("phone"),
        language,
        timeZone,
        value("payer"),
        value("member_id"));
  }

  /**
   * The specialty as a lower-case code: a known specialty whose stem the written one contains
   * ("Cardiology Consult" → {@code cardiology}), else the written one reduced to letters and
   * hyphens; null when absent.
   */
  String specialty(List<String> known) {
    String raw = value("specialty");
    if (raw == null) {
      return null;
    }
    String plain = fold(raw);
    for (String k : known) {
      String stem = k.substring(0, Math.min(6, k.length()));
      if (plain.contains(stem)) {
        return k;
      }
    }
    String code = plain.replaceAll("[^a-z]+", "-").replaceAll("(^-+|-+$)", "");
    return code.isEmpty() ? null : code;
  }

  /** Whether the form itself marks the referral urgent or stat. */
  boolean markedUrgent() {
    String u = value("urgency");
    return u != null && (u.equalsIgnoreCase("urgent") || u.equalsIgnoreCase("stat"));
  }

  /** Lower-case, accents removed: for comparing names and specialties. */
  static String fold(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).trim();
  }

  private String[] nameParts() {
    String name = value("patient_name");
    return name == null ? new String[0] : name.trim().split("\\s+");
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  @Override
  public String toString() {
    return "ReferralFields" + fields.keySet();
  }
}
