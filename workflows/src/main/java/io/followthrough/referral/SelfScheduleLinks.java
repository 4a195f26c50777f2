package io.followthrough.referral;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sandbox practice system's self-schedule links: {@code <base-url>/sandbox/schedule/<token>},
 * where the token is the referral key (the referral workflow's id without {@code referral/}: a hash
 * or a document id, no PHI). The referral workflow appends its key to {@link
 * ReferralPolicy#scheduleLinkBase()}; in the dev stack that base is {@link #linkBase}. The sandbox
 * finds the workflow from the token, asks it which patient and specialty the link is for, offers
 * slots and books for that patient (docs/practice-and-channels.md). A real practice system issues
 * its own, signed links; this one authenticates nobody.
 *
 * <p>Pure functions, safe in workflow code.
 */
public final class SelfScheduleLinks {

  /** Setting for the HTTP address the links point at (the dev stack sets its own). */
  public static final String BASE_URL_SETTING = "followthrough.self-schedule.base-url";

  /** The dev stack's default HTTP address, the base URL when nothing else is configured. */
  public static final String DEFAULT_BASE_URL = "http://127.0.0.1:8080";

  /** Path of the self-schedule page, before the token. */
  public static final String PATH = "/sandbox/schedule/";

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,128}");
  private static final String PREFIX = ReferralWorkflow.OUTCOME_TYPE + "/";

  private SelfScheduleLinks() {}

  /**
   * What a referral key is appended to: {@code <baseUrl>/sandbox/schedule/}; a null or blank base
   * URL means {@link #DEFAULT_BASE_URL}.
   */
  public static String linkBase(String baseUrl) {
    String base = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base + PATH;
  }

  /** The link of the referral workflow {@code workflowId}. */
  public static String forWorkflow(String baseUrl, String workflowId) {
    return linkBase(baseUrl) + token(workflowId);
  }

  /** The token of the referral workflow {@code workflowId} ({@code referral/<key>}). */
  public static String token(String workflowId) {
    String key =
        workflowId != null && workflowId.startsWith(PREFIX)
            ? workflowId.substring(PREFIX.length())
            : null;
    if (key == null || !TOKEN.matcher(key).matches()) {
      throw new IllegalArgumentException("not a referral workflow id with a URL-safe key");
    }
    return key;
  }

  /** The referral workflow a token stands for; empty when it cannot be one. */
  public static Optional<String> workflowId(String token) {
    return token != null && TOKEN.matcher(token).matches()
        ? Optional.of(ReferralWorkflow.workflowId(token))
        : Optional.empty();
  }

  /** The token at the end of a self-schedule link; empty for another URL. */
  public static Optional<String> tokenOf(String link) {
    int at = link == null ? -1 : link.lastIndexOf(PATH);
    if (at < 0) {
      return Optional.empty();
    }
    String token = link.substring(at + PATH.length());
    return workflowId(token).map(id -> token);
  }
}
