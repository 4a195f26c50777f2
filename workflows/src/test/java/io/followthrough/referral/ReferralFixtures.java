package io.followthrough.referral;

import io.followthrough.documents.DocumentFacts;
import io.followthrough.documents.ExtractedField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Referral facts as intake would hand them over. */
final class ReferralFixtures {
  static final String NPI = "1234567893";

  private ReferralFixtures() {}

  /** A complete cardiology referral for Ana Reyes (fictional). */
  static Map<String, String> complete() {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("patient_name", "Ana Reyes");
    v.put("dob", "1970-01-02");
    v.put("phone", "+12125550101");
    v.put("referring_npi", NPI);
    v.put("referring_provider", "Dr Paul Stone");
    v.put("reason", "palpitations");
    v.put("specialty", "Cardiology");
    v.put("icd10", "R00.2");
    v.put("urgency", "routine");
    return v;
  }

  static Map<String, String> without(Map<String, String> values, String... fields) {
    Map<String, String> copy = new LinkedHashMap<>(values);
    for (String f : fields) {
      copy.remove(f);
    }
    return copy;
  }

  static Map<String, String> with(Map<String, String> values, String field, String value) {
    Map<String, String> copy = new LinkedHashMap<>(values);
    copy.put(field, value);
    return copy;
  }

  static DocumentFacts facts(String documentId, Map<String, String> values) {
    Map<String, ExtractedField> fields = new LinkedHashMap<>();
    values.forEach((k, v) -> fields.put(k, new ExtractedField(v, 0.95, 1, 0, v.length(), true)));
    return new DocumentFacts(documentId, "referral", 0.97, false, fields, List.of(), List.of(), 1);
  }

  static DocumentFacts other(String documentId) {
    return new DocumentFacts(
        documentId, "lab_result", 0.91, false, Map.of(), List.of(), List.of(), 1);
  }
}
