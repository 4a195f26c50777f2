package io.followthrough.workers.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the attributes a visibility query can compare from a described execution. */
final class ExecutionAttributes {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ExecutionAttributes() {}

  /** Whether the execution satisfies every condition of the query. */
  static boolean matches(VisibilityQuery query, WorkflowExecutionInfo info) {
    for (VisibilityQuery.Condition condition : query.conditions()) {
      List<String> values = values(condition.attribute(), info);
      boolean equal =
          condition.value() == null ? values.isEmpty() : values.contains(normalize(condition));
      if (equal == condition.negated()) {
        return false;
      }
    }
    return true;
  }

  /** Status as the query language spells it, e.g. {@code Running}, {@code Completed}. */
  static String statusName(WorkflowExecutionStatus status) {
    String name = status.name().replace("WORKFLOW_EXECUTION_STATUS_", "");
    StringBuilder out = new StringBuilder();
    for (String part : name.split("_")) {
      out.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  private static String normalize(VisibilityQuery.Condition condition) {
    return "ExecutionStatus".equals(condition.attribute())
        ? condition.value().toLowerCase(Locale.ROOT)
        : condition.value();
  }

  private static List<String> values(String attribute, WorkflowExecutionInfo info) {
    return switch (attribute) {
      case "WorkflowId" -> List.of(info.getExecution().getWorkflowId());
      case "RunId" -> List.of(info.getExecution().getRunId());
      case "WorkflowType" -> List.of(info.getType().getName());
      case "TaskQueue" -> List.of(info.getTaskQueue());
      case "ExecutionStatus" -> List.of(statusName(info.getStatus()).toLowerCase(Locale.ROOT));
      default ->
          Optional.ofNullable(info.getSearchAttributes().getIndexedFieldsMap().get(attribute))
              .map(ExecutionAttributes::decode)
              .orElse(List.of());
    };
  }

  /** Search attribute payloads are JSON: a scalar, or a list for keyword lists. */
  static List<String> decode(Payload payload) {
    try {
      JsonNode node = JSON.readTree(payload.getData().toByteArray());
      if (node == null || node.isNull()) {
        return List.of();
      }
      if (node.isArray()) {
        return java.util.stream.StreamSupport.stream(node.spliterator(), false)
            .map(JsonNode::asText)
            .toList();
      }
      return List.of(node.asText());
    } catch (IOException e) {
      return List.of();
    }
  }
}
