package io.followthrough.activities.drafting;

import io.followthrough.channels.Channel;
import io.followthrough.drafting.Audience;
import io.followthrough.drafting.DraftRequest;
import java.util.HashMap;
import java.util.Map;

/** Facts for drafting tests: distinctive values, so a test can tell which ones a body used. */
public final class DraftFixtures {
  public static final String LINK = "https://book.example.org/r/AbC123";

  /** Every fact any purpose uses. */
  public static final Map<String, String> ALL_FACTS =
      Map.ofEntries(
          Map.entry("first_name", "Ana"),
          Map.entry("practice_name", "Riverside Specialty Clinic"),
          Map.entry("specialty", "cardiology"),
          Map.entry("link", LINK),
          Map.entry("appointment_at", "2026-11-24T09:30"),
          Map.entry("referral_ref", "ref-7F3K"),
          Map.entry("missing", "member_id, clinical_notes"),
          Map.entry("patient_name", "Ana Lopez"),
          Map.entry("patient_dob", "1962-03-14"),
          Map.entry("referring_provider", "Alice Jones"),
          Map.entry("reply_to", "fax 608-555-0199"),
          Map.entry("status", "scheduled"),
          Map.entry("decline_reason", "cost"),
          Map.entry("refill_ref", "doc-5e1d"),
          Map.entry("medication", "lisinopril 10 mg"),
          Map.entry("refill_decision", "approved"),
          Map.entry("deny_reason", "needs-labs"),
          Map.entry("document_ref", "3fa9c2e81b7d"),
          Map.entry("document_kind", "lab_result"),
          Map.entry("auth_ref", "PA-0001"),
          Map.entry("service_code", "93306"),
          Map.entry("denial_reason", "not-medically-necessary"),
          Map.entry("payer", "aetna"),
          Map.entry("diagnosis_codes", "I25.10, E11.9"),
          Map.entry("documents", "clinical-notes, imaging-report"));

  /** Facts a purpose never uses: none of them may reach a body. */
  public static final Map<String, String> UNRELATED =
      Map.of(
          "dob", "1980-07-09",
          "phone", "+12125550101",
          "diagnosis", "I21.4 acute myocardial infarction",
          "mrn", "MRN-448812");

  private DraftFixtures() {}

  public static DraftRequest request(
      String purpose, Audience audience, Channel channel, String language, Map<String, String> f) {
    return new DraftRequest(purpose, audience, channel, language, f);
  }

  /** {@code base} with {@code key} set to {@code value} (or removed when value is null). */
  public static Map<String, String> with(Map<String, String> base, String key, String value) {
    Map<String, String> m = new HashMap<>(base);
    if (value == null) {
      m.remove(key);
    } else {
      m.put(key, value);
    }
    return m;
  }
}
