package io.followthrough.workers.ops;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.sdk.OutcomeState;
import java.util.List;

/**
 * One received document: index metadata, where its intake stands and, when asked for, the fields
 * read from it with their evidence.
 *
 * @param documentId SHA-256 of the bytes
 * @param workflowId its intake workflow
 * @param document index metadata, null when the process has no index entry for it
 * @param intake the intake workflow's {@code intake} query (field names only), null if unanswered
 * @param state the intake workflow's {@code state} query, null if unanswered
 * @param type classified type, null before understanding
 * @param typeConfidence calibrated probability of {@code type}, null before understanding
 * @param fields fields with values and evidence; empty when not asked for or not yet read
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DocumentDetail(
    String documentId,
    String workflowId,
    DocumentRef document,
    JsonNode intake,
    OutcomeState state,
    String type,
    Double typeConfidence,
    List<DocumentField> fields) {}
