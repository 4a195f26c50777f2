package io.followthrough.triage;

/**
 * The pager's answer.
 *
 * @param pageId the page's id (acknowledgements name it)
 * @param duplicate true when the idempotency key paged before: nothing new was sent
 */
public record PageReceipt(String pageId, boolean duplicate) {}
