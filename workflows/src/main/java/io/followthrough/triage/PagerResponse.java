package io.followthrough.triage;

/**
 * A clinician's answer to a page, signalled as {@code pager}.
 *
 * @param pageId the page answered
 * @param by who answered (staff id)
 * @param action {@value #ACKNOWLEDGED} (seen, calling) or {@value #CALLED_BACK} (the patient was
 *     reached: the message is answered)
 */
public record PagerResponse(String pageId, String by, String action) {
  public static final String ACKNOWLEDGED = "acknowledged";
  public static final String CALLED_BACK = "called-back";

  public boolean calledBack() {
    return CALLED_BACK.equals(action);
  }
}
