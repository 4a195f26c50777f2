package io.followthrough.workers.cli;

import com.google.protobuf.Timestamp;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.common.converter.DefaultDataConverter;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Human-readable pieces of a workflow execution. */
final class ExecutionText {

  private ExecutionText() {}

  /** {@code WORKFLOW_EXECUTION_STATUS_RUNNING} → {@code Running}. */
  static String status(WorkflowExecutionStatus status) {
    if (status == WorkflowExecutionStatus.UNRECOGNIZED) {
      return "Unknown";
    }
    StringBuilder out = new StringBuilder();
    for (String part : status.name().replace("WORKFLOW_EXECUTION_STATUS_", "").split("_")) {
      out.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  static String time(boolean present, Timestamp timestamp) {
    return present
        ? Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos()).toString()
        : "";
  }

  /** Search attributes decoded to plain values, sorted by name. */
  static Map<String, Object> searchAttributes(WorkflowExecutionInfo info) {
    Map<String, Object> values = new TreeMap<>();
    info.getSearchAttributes()
        .getIndexedFieldsMap()
        .forEach((name, payload) -> values.put(name, decode(payload)));
    return values;
  }

  private static Object decode(Payload payload) {
    try {
      return DefaultDataConverter.STANDARD_INSTANCE.fromPayload(
          payload, Object.class, Object.class);
    } catch (RuntimeException e) {
      return "?";
    }
  }
}
