package io.followthrough.workers.ops;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * One task with its full context: the {@link TaskView} fields (flattened into the same JSON
 * object), the outcome's timeline (what was tried), the system's suggestion and the outcome's
 * documents.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TaskDetail(
    @JsonUnwrapped TaskView task,
    List<TimelineItem> timeline,
    TaskSuggestion suggestion,
    List<DocumentRef> documents) {}
