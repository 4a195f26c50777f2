package io.followthrough.workers.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Body of {@code POST /api/outcomes}.
 *
 * @param workflowType a workflow type of an outcome module on the classpath, e.g. {@code
 *     LabResultFollowUp}
 * @param workflowId the business-keyed id, e.g. {@code lab-result-follow-up/R-1}
 * @param input the workflow's argument as JSON, or null for none
 */
public record StartRequest(String workflowType, String workflowId, JsonNode input) {}
