package io.followthrough.refill;

import java.util.List;
import java.util.Set;

/**
 * The resolutions each refill task accepts, checked by the {@code completeTask} validator so a
 * mistyped decision is refused before it reaches the workflow.
 *
 * <ul>
 *   <li>{@code refill-approval}, {@code controlled-substance-review} (prescriber): {@code approve},
 *       {@code deny:<reason>}, {@code needs-visit}
 *   <li>{@code patient-not-identified}: {@code patient:<ref>}, {@code close}
 *   <li>{@code medication-not-matched}: {@code rx:<rxRef>}, {@code close}
 *   <li>{@code pharmacy-not-confirmed}: {@code confirmed-by-phone}, {@code close}
 *   <li>{@code book-visit}: {@code book:<slotId>}, {@code booked:<appointmentId>}, {@code
 *       patient-declined}
 * </ul>
 */
final class RefillResolutions {
  static final String APPROVE = "approve";
  static final String NEEDS_VISIT = "needs-visit";
  static final String CLOSE = "close";
  static final String CONFIRMED_BY_PHONE = "confirmed-by-phone";
  static final String PATIENT_DECLINED = "patient-declined";

  /** Why a prescriber denies a refill. */
  static final List<String> DENY_REASONS =
      List.of(
          "not-indicated",
          "needs-labs",
          "duplicate",
          "changed-therapy",
          "not-our-patient",
          "other");

  static final Set<String> PRESCRIBER_TASKS =
      Set.of("refill-approval", "controlled-substance-review");

  private RefillResolutions() {}

  /** Why {@code resolution} is not valid for a task of {@code reason}; null when it is. */
  static String problem(String reason, String resolution) {
    String r = resolution == null ? "" : resolution;
    boolean ok =
        switch (reason) {
          case "refill-approval", "controlled-substance-review" ->
              r.equals(APPROVE)
                  || r.equals(NEEDS_VISIT)
                  || (r.startsWith("deny:") && DENY_REASONS.contains(r.substring(5)));
          case "patient-not-identified" -> r.equals(CLOSE) || ref(r, "patient:");
          case "medication-not-matched" -> r.equals(CLOSE) || ref(r, "rx:");
          case "pharmacy-not-confirmed" -> r.equals(CONFIRMED_BY_PHONE) || r.equals(CLOSE);
          case "book-visit" -> r.equals(PATIENT_DECLINED) || ref(r, "book:") || ref(r, "booked:");
          default -> true;
        };
    return ok ? null : "resolution '" + r + "' is not valid for a " + reason + " task";
  }

  private static boolean ref(String r, String prefix) {
    return r.startsWith(prefix)
        && r.substring(prefix.length()).matches("[A-Za-z0-9][A-Za-z0-9_.:-]{0,59}");
  }
}
