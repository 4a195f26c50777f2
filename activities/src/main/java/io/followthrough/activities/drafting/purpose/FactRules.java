package io.followthrough.activities.drafting.purpose;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The facts a draft may state and the shape each must have. Anything else is dropped before a
 * template or a model sees it (minimum necessary).
 */
public final class FactRules {
  /** Close-the-loop outcomes a referring provider is told about. */
  public static final List<String> STATUSES =
      List.of("scheduled", "seen", "declined", "unreachable", "closed");

  /** Why a patient declined, as {@code ReplyDecision.reasonCode} reports it. */
  public static final List<String> DECLINE_REASONS =
      List.of("went-elsewhere", "cost", "feels-better", "transport", "other");

  /** What a refill request's prescriber decided, as the pharmacy and the patient are told. */
  public static final List<String> REFILL_DECISIONS =
      List.of("approved", "denied", "visit-required");

  /** Document types a {@code document_kind} fact may name (the classifier's wire names). */
  public static final List<String> DOCUMENT_KINDS =
      List.of(
          "lab_result", "medical_records", "eligibility", "patient_form", "prior_auth", "other");

  private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}'’ .,-]{0,79}");
  private static final Pattern FIRST_NAME = Pattern.compile("\\p{L}[\\p{L}'’ .-]{0,39}");
  private static final Pattern TEXT = Pattern.compile("[^\\n{}\\[\\]<>]{1,80}");
  private static final Pattern CODE = Pattern.compile("[a-z][a-z _-]{0,39}");
  private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"{}]{1,190}");
  private static final Pattern CODES = Pattern.compile("[a-z0-9_]+(\\s*,\\s*[a-z0-9_]+)*");
  private static final Pattern REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:/-]{0,59}");
  private static final Pattern SERVICE_CODE = Pattern.compile("[A-Z0-9]{4,7}");
  private static final Pattern DIAGNOSES =
      Pattern.compile(
          "[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?(\\s*,\\s*[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?)*");
  private static final Pattern KINDS = Pattern.compile("[a-z0-9_-]+(\\s*,\\s*[a-z0-9_-]+)*");

  private static final Map<String, Predicate<String>> RULES =
      Map.ofEntries(
          Map.entry("first_name", FIRST_NAME.asMatchPredicate()),
          Map.entry("patient_name", NAME.asMatchPredicate()),
          Map.entry("referring_provider", NAME.asMatchPredicate()),
          Map.entry("practice_name", TEXT.asMatchPredicate()),
          Map.entry("reply_to", TEXT.asMatchPredicate()),
          Map.entry("specialty", CODE.asMatchPredicate()),
          Map.entry("link", LINK.asMatchPredicate()),
          Map.entry("missing", CODES.asMatchPredicate()),
          Map.entry("referral_ref", REF.asMatchPredicate()),
          Map.entry("status", STATUSES::contains),
          Map.entry("decline_reason", DECLINE_REASONS::contains),
          Map.entry("appointment_at", v -> appointment(v).isPresent()),
          Map.entry("patient_dob", FactRules::isDate),
          Map.entry("refill_ref", REF.asMatchPredicate()),
          Map.entry("medication", TEXT.asMatchPredicate()),
          Map.entry("refill_decision", REFILL_DECISIONS::contains),
          Map.entry("deny_reason", CODE.asMatchPredicate()),
          Map.entry("document_ref", REF.asMatchPredicate()),
          Map.entry("document_kind", DOCUMENT_KINDS::contains),
          Map.entry("auth_ref", REF.asMatchPredicate()),
          Map.entry("service_code", SERVICE_CODE.asMatchPredicate()),
          Map.entry("denial_reason", CODE.asMatchPredicate()),
          Map.entry("payer", CODE.asMatchPredicate()),
          Map.entry("diagnosis_codes", DIAGNOSES.asMatchPredicate()),
          Map.entry("documents", KINDS.asMatchPredicate()));

  private FactRules() {}

  /** Whether {@code fact} is a fact drafts may use. */
  public static boolean known(String fact) {
    return RULES.containsKey(fact);
  }

  /** Whether {@code value} has the shape {@code fact} needs. */
  public static boolean valid(String fact, String value) {
    Predicate<String> rule = RULES.get(fact);
    return rule != null && value != null && rule.test(value.strip());
  }

  /**
   * An appointment time: an ISO-8601 local date-time ({@code 2026-11-24T09:30}, in the recipient's
   * time zone), the same with an offset (the local part is used), or a date alone.
   */
  public static Optional<Temporal> appointment(String value) {
    String v = value.strip();
    try {
      return Optional.of(LocalDateTime.parse(v));
    } catch (DateTimeParseException ignored) {
      // try the next shape
    }
    try {
      return Optional.of(OffsetDateTime.parse(v).toLocalDateTime());
    } catch (DateTimeParseException ignored) {
      // try the next shape
    }
    try {
      return Optional.of(LocalDate.parse(v));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static boolean isDate(String value) {
    try {
      LocalDate.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
