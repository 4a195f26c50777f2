package io.followthrough.priorauth;

import java.util.List;
import java.util.Map;

/**
 * The resolutions each prior-authorization task accepts; the {@code completeTask} validator refuses
 * any other before it reaches history.
 */
public final class PriorAuthResolutions {

  /** Submitting failed after the retry budget: try again, or close the authorization. */
  public static final String SUBMISSION_FAILED = "submission-failed";

  /** The payer's decision deadline passed without a decision. */
  public static final String PAYER_OVERDUE = "payer-overdue";

  /** The payer asked for items that are not on file. */
  public static final String MORE_INFO = "payer-more-info";

  /** A clinician signs (or abandons) the drafted appeal. */
  public static final String APPEAL_SIGN_OFF = "appeal-sign-off";

  /** A supervisor decides what happens after a denial that will not be appealed (further). */
  public static final String FINAL_DECISION = "final-decision";

  static final Map<String, List<String>> ALLOWED =
      Map.of(
          SUBMISSION_FAILED, List.of("retry", "close"),
          PAYER_OVERDUE, List.of("keep-waiting", "approved-by-phone", "close"),
          MORE_INFO, List.of("answered", "answered-by-phone"),
          APPEAL_SIGN_OFF, List.of("signed", "signed-with-edits", "abandon"),
          FINAL_DECISION,
              List.of("accept-denial", "approved-by-phone", "self-pay", "cancel-visit"));

  private PriorAuthResolutions() {}

  /** Why {@code resolution} does not fit a task opened for {@code reason}; null when it does. */
  public static String problem(String reason, String resolution) {
    List<String> allowed = ALLOWED.get(reason);
    if (allowed == null || allowed.contains(resolution)) {
      return null;
    }
    return "a " + reason + " task is resolved with one of " + allowed;
  }
}
