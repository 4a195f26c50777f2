package io.followthrough.workers.intake;

import io.micronaut.core.annotation.Nullable;

/**
 * What an entry point answers for an accepted document. No PHI: ids, type and counts only.
 *
 * @param documentId lowercase hex SHA-256 of the document
 * @param workflowId the {@code FaxIntake} workflow that owns it
 * @param duplicate true when the same document was received before (same workflow, nothing new)
 * @param mediaType detected from the content
 * @param pages page count, 0 when the file could not be opened
 * @param rejection the reader's reason when the document was kept although damaged (it goes to a
 *     coordinator's review task), else null
 */
public record IngestReceipt(
    String documentId,
    String workflowId,
    boolean duplicate,
    @Nullable String mediaType,
    int pages,
    @Nullable String rejection) {}
