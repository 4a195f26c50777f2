package io.followthrough.recovery;

import java.util.regex.Pattern;

/**
 * What a coordinator may answer to the rebooking tasks: {@code book:<slotId>} (book that slot for
 * the patient), {@code rebooked} (booked in the EHR by hand), {@code declined:<reason>}, {@code
 * unreachable}, {@code close}.
 */
final class RecoveryResolutions {
  static final String ALLOWED = "book:<slotId>, rebooked, declined:<reason>, unreachable, close";

  private static final Pattern VALID =
      Pattern.compile(
          "book:[A-Za-z0-9_.-]{1,60}|rebooked|declined:[a-z][a-z0-9-]{0,39}|unreachable|close");

  private RecoveryResolutions() {}

  static boolean valid(String resolution) {
    return resolution != null && VALID.matcher(resolution).matches();
  }
}
