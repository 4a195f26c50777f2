package io.followthrough.activities.documents.eval.corpus;

import io.followthrough.activities.ai.DocumentType;
import java.util.List;
import java.util.Map;

/**
 * A synthetic document before rendering: page lines and the ground truth.
 *
 * @param type true type
 * @param pages lines of each page
 * @param fields true field values (strings, or lists of strings)
 */
record GeneratedDoc(DocumentType type, List<List<String>> pages, Map<String, Object> fields) {}
