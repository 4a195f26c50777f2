package io.followthrough.faxrouting;

import java.util.List;

/** The resolutions a person may give each fax routing task, by the task's reason. */
public final class FaxRoutingDecisions {

  /** Resolution that closes the routing without filing (junk, duplicate, wrong practice). */
  public static final String DISCARD = "discard";

  /** Prefix of a patient resolution: {@code patient:<patientRef>}. */
  public static final String PATIENT = "patient:";

  /** Prefix of a provider resolution: {@code provider:<providerRef>}. */
  public static final String PROVIDER = "provider:";

  /** Prefix of a queue resolution: {@code queue:<name>}. */
  public static final String QUEUE = "queue:";

  /** Filing resolution: try filing again. */
  public static final String RETRY = "retry";

  /** Filing resolution: a person filed it by hand in the practice system. */
  public static final String FILED_MANUALLY = "filed-manually";

  static final String LOW_TYPE_CONFIDENCE = "low-type-confidence";
  static final String PATIENT_NOT_FOUND = "patient-not-found";
  static final String PATIENT_AMBIGUOUS = "patient-ambiguous";
  static final String PATIENT_UNREADABLE = "patient-unreadable";
  static final String PATIENT_LOW_CONFIDENCE = "patient-low-confidence";
  static final String UNKNOWN_ORDERING_PROVIDER = "unknown-ordering-provider";
  static final String FILING_FAILED = "filing-failed";
  static final String RESULT_UNACKNOWLEDGED = "result-unacknowledged";

  private FaxRoutingDecisions() {}

  /** Why {@code resolution} does not answer a task opened for {@code reason}, or null. */
  public static String problem(String reason, String resolution) {
    if (resolution == null || resolution.isBlank()) {
      return "resolution must not be blank";
    }
    return switch (reason) {
      case LOW_TYPE_CONFIDENCE ->
          DISCARD.equals(resolution) || FaxRoutingPolicy.TYPES.contains(resolution)
              ? null
              : "use a document type ("
                  + String.join(", ", FaxRoutingPolicy.TYPES)
                  + ") or discard";
      case PATIENT_NOT_FOUND, PATIENT_AMBIGUOUS, PATIENT_UNREADABLE, PATIENT_LOW_CONFIDENCE ->
          DISCARD.equals(resolution) || ref(resolution, PATIENT)
              ? null
              : "use patient:<patientRef> or discard";
      case UNKNOWN_ORDERING_PROVIDER ->
          ref(resolution, PROVIDER) || ref(resolution, QUEUE)
              ? null
              : "use provider:<providerRef> or queue:<name>";
      case FILING_FAILED ->
          List.of(RETRY, FILED_MANUALLY, DISCARD).contains(resolution)
              ? null
              : "use retry, filed-manually or discard";
      default -> null;
    };
  }

  /** The part after {@code prefix}. */
  static String value(String resolution, String prefix) {
    return resolution.substring(prefix.length()).trim();
  }

  private static boolean ref(String resolution, String prefix) {
    return resolution.startsWith(prefix)
        && resolution.length() > prefix.length()
        && value(resolution, prefix).chars().noneMatch(Character::isWhitespace);
  }
}
