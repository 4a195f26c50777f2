package io.followthrough.activities.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Decides what needs a person: an unsure type, missing or unsure required fields. */
public final class Review {
  private Review() {}

  public static Understanding assess(
      Classification c, Map<String, FieldValue> fields, UnderstandingPolicy policy) {
    List<String> missing = new ArrayList<>();
    for (String required : RequiredFields.of(c.type())) {
      FieldValue f = fields.get(required);
      if (f == null || !f.valid()) {
        missing.add(required);
      }
    }
    List<String> review = new ArrayList<>();
    for (FieldValue f : fields.values()) {
      if (f.valid() && !policy.accepts(f)) {
        review.add(f.name());
      }
    }
    review.sort(null);
    boolean requiredUnsure = RequiredFields.of(c.type()).stream().anyMatch(review::contains);
    boolean needsHuman = !policy.accepts(c) || !missing.isEmpty() || requiredUnsure;
    return new Understanding(c, fields, missing, review, needsHuman);
  }
}
