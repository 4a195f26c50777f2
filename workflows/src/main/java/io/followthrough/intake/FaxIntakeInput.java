package io.followthrough.intake;

/**
 * What starts a {@link FaxIntakeWorkflow}: a stored document's id and small non-PHI metadata.
 *
 * @param documentId lowercase hex SHA-256 of the stored document (the claim check)
 * @param source channel it came through, e.g. {@code upload}, {@code fax:<provider>}, {@code
 *     inbox}, {@code demo}
 * @param receivedAtMillis when it arrived (epoch millis)
 * @param pageCount pages announced by the sender, or 0 when unknown
 */
public record FaxIntakeInput(
    String documentId, String source, long receivedAtMillis, int pageCount) {}
