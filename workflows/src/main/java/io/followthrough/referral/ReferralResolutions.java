package io.followthrough.referral;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The resolutions a person may give each referral task, by the task's reason code, and what they
 * mean to the flow. Checked by the {@code completeTask} Update's validator before anything reaches
 * history.
 */
final class ReferralResolutions {
  static final String BOOK = "book:";
  static final String DECLINED = "declined:";
  static final String CLOSE = "close";

  private static final Pattern REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,47}");

  private static final List<String> PATIENT_DECISIONS =
      List.of("book:<slotId>", "wants-appointment", "declined:<reason>", "unreachable", CLOSE);

  /** Task reason → resolutions accepted ({@code <patientRef>}, {@code <slotId>} are refs). */
  static final Map<String, List<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("route-document", List.of("referral", "routed")),
          Map.entry("review-document", List.of("retry", CLOSE)),
          Map.entry("office-replied", List.of("proceed", "wait", CLOSE)),
          Map.entry("missing-info-unanswered", List.of("proceed", "wait", CLOSE)),
          Map.entry("patient-ambiguous", List.of("<patientRef>", CLOSE)),
          Map.entry("patient-not-found", List.of("<patientRef>", CLOSE)),
          Map.entry("coverage-inactive", List.of("proceed-self-pay", "coverage-updated", CLOSE)),
          Map.entry("coverage-unknown", List.of("proceed-self-pay", "coverage-updated", CLOSE)),
          Map.entry("urgent-referral", with(PATIENT_DECISIONS, "called")),
          Map.entry("staff-call", with(PATIENT_DECISIONS, "called")),
          Map.entry("patient-unreachable", PATIENT_DECISIONS),
          Map.entry("read-patient-reply", with(PATIENT_DECISIONS, "continue")),
          Map.entry(
              "book-appointment",
              List.of("book:<slotId>", "declined:<reason>", "unreachable", CLOSE)),
          Map.entry("patient-reply-before-visit", List.of("handled")),
          Map.entry("confirm-visit", List.of("kept", "no-show", "cancelled")),
          Map.entry("referrer-update-failed", List.of("retry", "sent-manually")));

  private ReferralResolutions() {}

  /** Why {@code resolution} does not fit a task of {@code reason}, or null when it does. */
  static String problem(String reason, String resolution) {
    List<String> allowed = ALLOWED.get(reason);
    if (allowed == null || resolution == null) {
      return allowed == null ? null : "resolution is required";
    }
    for (String a : allowed) {
      if (matches(a, resolution)) {
        return null;
      }
    }
    return "resolution of a " + reason + " task must be one of " + String.join(", ", allowed);
  }

  /** The patient decision a resolution states. */
  static Decision decision(String resolution) {
    if (resolution.startsWith(BOOK)) {
      return new Decision(Decision.Kind.BOOK_SLOT, resolution.substring(BOOK.length()));
    }
    if (resolution.startsWith(DECLINED)) {
      return new Decision(Decision.Kind.DECLINED, resolution.substring(DECLINED.length()));
    }
    return switch (resolution) {
      case "wants-appointment" -> Decision.of(Decision.Kind.SCHEDULE);
      case "unreachable" -> new Decision(Decision.Kind.UNREACHABLE, "staff");
      case CLOSE -> Decision.of(Decision.Kind.CLOSED);
      default -> Decision.of(Decision.Kind.CONTINUE);
    };
  }

  private static boolean matches(String allowed, String resolution) {
    if (allowed.equals("<patientRef>")) {
      return REF.matcher(resolution).matches() && !resolution.equals(CLOSE);
    }
    if (allowed.equals("book:<slotId>")) {
      return resolution.startsWith(BOOK)
          && REF.matcher(resolution.substring(BOOK.length())).matches();
    }
    if (allowed.equals("declined:<reason>")) {
      return resolution.startsWith(DECLINED)
          && CODE.matcher(resolution.substring(DECLINED.length())).matches();
    }
    return allowed.equals(resolution);
  }

  private static List<String> with(List<String> base, String more) {
    return Stream.concat(base.stream(), Stream.of(more)).toList();
  }
}
