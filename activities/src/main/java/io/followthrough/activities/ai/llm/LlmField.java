package io.followthrough.activities.ai.llm;

/**
 * A field as the model reports it.
 *
 * @param name field name from the allowed list
 * @param value the value as printed on the page
 * @param page 1-based page where it appears
 * @param quote the exact text on the page the value was read from
 * @param confidence the model's own confidence 0..1 (uncalibrated; capped before use)
 */
public record LlmField(String name, String value, int page, String quote, double confidence) {}
