package io.followthrough.activities.ai.llm;

import java.util.List;

/**
 * The structured answer requested from a hosted model.
 *
 * @param type one of the document type wire names
 * @param typeConfidence the model's confidence in the type 0..1
 * @param fields the fields found
 */
public record LlmAnswer(String type, double typeConfidence, List<LlmField> fields) {}
