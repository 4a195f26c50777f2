package io.followthrough.workers.ops;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.sdk.OutcomeState;
import java.util.List;
import java.util.Map;

/**
 * Everything about one outcome that the console's outcome page shows.
 *
 * @param workflowId the outcome
 * @param runId the latest run
 * @param workflowType e.g. {@code FaxIntake}
 * @param outcomeType e.g. {@code fax-intake} (state, else search attribute)
 * @param status Temporal status, e.g. {@code Running}, {@code Completed}
 * @param startTime ISO-8601
 * @param closeTime ISO-8601, null while running
 * @param state the {@code state} query (null when the workflow did not answer)
 * @param timeline the {@code timeline} query, oldest first (empty when unanswered)
 * @param view answers of the workflow's other queries by name, e.g. {@code referral}, {@code
 *     intake}
 * @param documents the outcome's documents (metadata only)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OutcomeDetail(
    String workflowId,
    String runId,
    String workflowType,
    String outcomeType,
    String status,
    String startTime,
    String closeTime,
    OutcomeState state,
    List<TimelineItem> timeline,
    Map<String, JsonNode> view,
    List<DocumentRef> documents) {}
