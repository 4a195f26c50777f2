package io.followthrough.examples.labresult;

/**
 * Payload of the {@code acknowledge} signal, e.g. {@code {"by":"dr-1"}}.
 *
 * @param by staff id of the provider who acknowledged the result
 */
public record Acknowledgement(String by) {}
