package io.followthrough.refill;

import io.followthrough.channels.Channel;
import io.followthrough.practice.Medication;
import io.followthrough.practice.VisitHistory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The mutable state of one refill run. Workflow code only; holds PHI, never logged. */
final class RefillState {
  String patientRef;
  String language;
  String timeZone;
  Medication medication;
  VisitHistory visit;
  String pharmacyRef;
  final List<String> findings = new ArrayList<>();
  String decision;
  String decisionReason;
  String decidedBy;

  /** Idempotency key → message id of everything the channel accepted. */
  final Map<String, String> sent = new LinkedHashMap<>();

  /** Message ids of the decision faxes to the pharmacy. */
  final Set<String> pharmacyMessages = new HashSet<>();

  final Set<Channel> blockedChannels = new HashSet<>();
  boolean pharmacyConfirmed;
  String confirmedBy;
  boolean patientTold;
  String appointmentId;

  /** Whether {@code message} comes from the pharmacy about the decision fax. */
  boolean fromPharmacy(String inReplyTo, String fromRef) {
    return (inReplyTo != null && pharmacyMessages.contains(inReplyTo))
        || (pharmacyRef != null && pharmacyRef.equals(fromRef));
  }
}
