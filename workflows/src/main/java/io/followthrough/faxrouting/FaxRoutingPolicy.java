package io.followthrough.faxrouting;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The queues, thresholds and waits of a fax routing outcome, fetched once per run through {@link
 * FaxRoutingPolicyActivities} so a site can change them without touching workflow code. Values are
 * codes, numbers and durations only.
 *
 * @param typeConfidence a type the classifier is less sure of (and no person confirmed) goes to a
 *     coordinator first
 * @param patientFieldConfidence patient fields (name, date of birth, MRN) read with less confidence
 *     are not matched automatically: a coordinator finds the chart
 * @param queues work queue by document type; {@value #ORDERING_PROVIDER} means the ordering
 *     provider's own queue ({@code provider:<ref>})
 * @param acknowledgementTypes types whose filing waits for the provider's acknowledgement
 * @param acknowledgementWaits silence before each acknowledgement rung: first reminder, second
 *     reminder, supervisor task (three waits)
 * @param senderAcknowledgementTypes types whose sender gets a fax saying the document was received
 *     and filed
 * @param taskEscalateAfter unanswered coordinator tasks go to a supervisor after this long
 * @param practiceName the receiving practice's name, a fact messages may state
 */
public record FaxRoutingPolicy(
    double typeConfidence,
    double patientFieldConfidence,
    Map<String, String> queues,
    List<String> acknowledgementTypes,
    List<Duration> acknowledgementWaits,
    List<String> senderAcknowledgementTypes,
    Duration taskEscalateAfter,
    String practiceName) {

  /** Queue value meaning the ordering provider's own queue. */
  public static final String ORDERING_PROVIDER = "ordering-provider";

  /** Rungs of the acknowledgement ladder. */
  public static final int ACKNOWLEDGEMENT_RUNGS = 3;

  /** The document types this outcome routes (everything but referrals and refill requests). */
  public static final List<String> TYPES =
      List.of(
          "lab_result", "medical_records", "eligibility", "patient_form", "prior_auth", "other");

  public FaxRoutingPolicy {
    queues = Map.copyOf(queues);
    acknowledgementTypes = List.copyOf(acknowledgementTypes);
    acknowledgementWaits = List.copyOf(acknowledgementWaits);
    senderAcknowledgementTypes = List.copyOf(senderAcknowledgementTypes);
    validate(
        typeConfidence,
        patientFieldConfidence,
        queues,
        acknowledgementTypes,
        acknowledgementWaits,
        senderAcknowledgementTypes,
        taskEscalateAfter,
        practiceName);
  }

  /** The built-in policy. */
  public static FaxRoutingPolicy defaults() {
    Map<String, String> queues = new LinkedHashMap<>();
    queues.put("lab_result", ORDERING_PROVIDER);
    queues.put("medical_records", "him");
    queues.put("eligibility", "billing");
    queues.put("patient_form", "front-desk");
    queues.put("prior_auth", "coordinator");
    queues.put("other", "coordinator");
    return new FaxRoutingPolicy(
        0.80,
        0.80,
        queues,
        List.of("lab_result"),
        List.of(Duration.ofHours(24), Duration.ofHours(24), Duration.ofHours(24)),
        List.of("lab_result", "medical_records"),
        Duration.ofHours(8),
        "Followthrough Clinic");
  }

  /** The queue of {@code type}; types without their own go to the {@code other} queue. */
  public String queueFor(String type) {
    return queues.getOrDefault(type, queues.get("other"));
  }

  /** The chart section a document of {@code type} is filed under. */
  public static String sectionFor(String type) {
    return switch (type) {
      case "lab_result" -> "results";
      case "medical_records" -> "records";
      case "eligibility" -> "insurance";
      case "patient_form" -> "forms";
      case "prior_auth" -> "authorizations";
      default -> "correspondence";
    };
  }

  private static void validate(
      double typeConfidence,
      double patientFieldConfidence,
      Map<String, String> queues,
      List<String> acknowledgementTypes,
      List<Duration> acknowledgementWaits,
      List<String> senderAcknowledgementTypes,
      Duration taskEscalateAfter,
      String practiceName) {
    threshold("type-confidence", typeConfidence);
    threshold("patient-confidence", patientFieldConfidence);
    for (String type : TYPES) {
      String queue = queues.get(type);
      if (queue == null || queue.isBlank() || queue.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException(
            "queues." + type + " must be a queue name without spaces");
      }
    }
    known("acknowledgement-types", acknowledgementTypes);
    known("sender-acknowledgement-types", senderAcknowledgementTypes);
    if (acknowledgementWaits.size() != ACKNOWLEDGEMENT_RUNGS) {
      throw new IllegalArgumentException(
          "acknowledgement-waits needs " + ACKNOWLEDGEMENT_RUNGS + " durations");
    }
    for (Duration wait : acknowledgementWaits) {
      positive("acknowledgement-waits", wait);
    }
    positive("task-escalate-after", taskEscalateAfter);
    if (practiceName == null || practiceName.isBlank()) {
      throw new IllegalArgumentException("practice-name must not be blank");
    }
  }

  private static void threshold(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1");
    }
  }

  private static void known(String name, List<String> types) {
    for (String type : types) {
      if (!TYPES.contains(type)) {
        throw new IllegalArgumentException(
            name + ": unknown type '" + type + "' (use " + String.join(", ", TYPES) + ")");
      }
    }
  }

  private static void positive(String name, Duration value) {
    if (value == null || value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be a positive duration");
    }
  }
}
