package io.followthrough.workers.ops;

import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.activities.store.OpsStore;
import io.followthrough.activities.store.documents.IndexedDocument;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The documents of an outcome: those the document index links to its workflow, plus document ids
 * its task context or views name by convention ({@code documentId}, {@code documentIds}).
 */
final class Documents {

  private static final Pattern DOCUMENT_ID = Pattern.compile("[0-9a-f]{64}");

  private Documents() {}

  static List<DocumentRef> of(OpsStore store, String workflowId, Map<String, String> context) {
    List<String> named = new ArrayList<>();
    if (context != null && context.get("documentId") != null) {
      named.add(context.get("documentId"));
    }
    return of(store, workflowId, named);
  }

  static List<DocumentRef> of(OpsStore store, String workflowId, Collection<String> named) {
    Map<String, DocumentRef> documents = new LinkedHashMap<>();
    for (IndexedDocument indexed : store.documents().forWorkflow(workflowId)) {
      documents.put(indexed.documentIdHash(), DocumentRef.of(indexed));
    }
    for (String id : named) {
      if (id != null && DOCUMENT_ID.matcher(id).matches() && !documents.containsKey(id)) {
        Optional<IndexedDocument> indexed = store.documents().find(id);
        documents.put(
            id, indexed.map(DocumentRef::of).orElse(DocumentRef.referenced(id, workflowId)));
      }
    }
    return List.copyOf(documents.values());
  }

  /** Document ids named in query answers: any {@code documentId} or {@code documentIds} member. */
  static List<String> namedIn(Collection<JsonNode> views) {
    List<String> ids = new ArrayList<>();
    for (JsonNode view : views) {
      collect(view, ids);
    }
    return ids;
  }

  private static void collect(JsonNode node, List<String> ids) {
    if (node == null || !node.isObject()) {
      return;
    }
    JsonNode one = node.get("documentId");
    if (one != null && one.isTextual()) {
      ids.add(one.asText());
    }
    JsonNode many = node.get("documentIds");
    if (many != null && many.isArray()) {
      many.forEach(id -> ids.add(id.asText()));
    }
  }
}
