package io.followthrough.activities.documents.eval;

import java.util.Map;

/**
 * One line of a labels file: {@code {"file": "a.tif", "type": "referral", "fields": {...}}}.
 *
 * @param file path relative to the corpus folder
 * @param type true document type (wire name)
 * @param fields true field values: strings, or lists of strings for list fields
 */
public record LabelledDocument(String file, String type, Map<String, Object> fields) {
  public LabelledDocument {
    fields = fields == null ? Map.of() : Map.copyOf(fields);
  }
}
