package io.followthrough.activities.metrics;

import java.util.regex.Pattern;

/**
 * Label values for Followthrough's own metrics. Labels are codes with few values (outcome type,
 * stage, event, reason code, role): a value that could be an identifier — a path or key separator,
 * a run of three or more digits, more than 64 characters — is reported as {@value #OTHER}, so a
 * workflow that puts a record id into a reason code cannot leak it into a metric or explode the
 * series count.
 */
public final class MetricLabels {

  /** Reported in place of a value that is not a safe code. */
  public static final String OTHER = "other";

  /** Reported for an absent value. */
  public static final String NONE = "none";

  private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
  private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]{3}");
  private static final Pattern CONFIGURED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}");

  private MetricLabels() {}

  /** A code from workflow data (stage, reason, role): itself if safe, else {@value #OTHER}. */
  public static String code(String value) {
    if (value == null || value.isEmpty()) {
      return NONE;
    }
    if (!CODE.matcher(value).matches() || DIGIT_RUN.matcher(value).find()) {
      return OTHER;
    }
    return value;
  }

  /**
   * A value from the operator's configuration (e.g. a model name such as {@code
   * claude-3-5-haiku-20241022}), which may carry version digits but never data.
   */
  public static String configured(String value) {
    if (value == null || value.isEmpty()) {
      return NONE;
    }
    return CONFIGURED.matcher(value).matches() ? value : OTHER;
  }
}
