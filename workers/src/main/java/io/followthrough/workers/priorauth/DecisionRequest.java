package io.followthrough.workers.priorauth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * {@code POST /sandbox/payer/submissions/{id}/decision}: force the sandbox payer's answer, e.g.
 * {@code {"decision":"DENIED","reason":"not-medically-necessary"}} or {@code
 * {"decision":"MORE_INFO","items":["imaging-report"]}}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DecisionRequest(String decision, String reason, List<String> items) {}
