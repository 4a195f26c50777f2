package io.followthrough.recovery;

import io.followthrough.channels.Channel;
import io.followthrough.channels.InboundMessage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The mutable state of one recovery run; workflow code only. */
final class RecoveryState {

  /** Offer statuses of a waitlisted patient. */
  static final String OFFERED = "offered";

  static final String ACCEPTED = "accepted";
  static final String BOOKED = "booked";
  static final String DECLINED = "declined";
  static final String TOLD_TAKEN = "told-taken";

  String appointmentId;
  String slotId;
  String patientRef;

  /** Waitlisted patient → offer status, in offer order. */
  final Map<String, String> offers = new LinkedHashMap<>();

  /** Waitlisted patient → 1-based offer number (for its message and booking keys). */
  final Map<String, Integer> offerNumbers = new HashMap<>();

  /** Every acceptance, in arrival order; {@link #acceptQueue} holds those not yet acted on. */
  final List<String> acceptances = new ArrayList<>();

  final List<String> acceptQueue = new ArrayList<>();

  /** Free-text replies of waitlisted patients, not yet read. */
  final List<InboundMessage> offerReplies = new ArrayList<>();

  /** Replies of the cancelling patient, not yet acted on. */
  final List<InboundMessage> patientReplies = new ArrayList<>();

  /** Channels that must not be used, per patient (STOP, wrong number, undeliverable). */
  final Map<String, Set<Channel>> blockedChannels = new HashMap<>();

  /** Message id → its recipient, for replies that say which message they answer. */
  final Map<String, String> messageRecipients = new HashMap<>();

  final List<String> messagesSent = new ArrayList<>();

  int wave;
  String slot;
  String refillAppointmentId;
  String patient;
  String rebookedAppointmentId;
  String declineReason;

  /** Someone outside this workflow booked the freed slot (an event said so). */
  boolean slotTakenElsewhere;

  /** An appointment the cancelling patient booked outside this workflow, or null. */
  String patientBookedElsewhere;

  Set<Channel> blocked(String ref) {
    return blockedChannels.computeIfAbsent(ref, r -> EnumSet.noneOf(Channel.class));
  }

  void sent(String key, String messageId, String recipient) {
    if (!messagesSent.contains(key)) {
      messagesSent.add(key);
    }
    if (messageId != null) {
      messageRecipients.put(messageId, recipient);
    }
  }

  /** Whether every patient offered the slot has answered (accepted, declined or been told). */
  boolean allOffersAnswered() {
    return !offers.isEmpty() && offers.values().stream().noneMatch(OFFERED::equals);
  }

  RecoveryView view() {
    return new RecoveryView(
        appointmentId,
        slotId,
        slot,
        wave,
        new LinkedHashMap<>(offers),
        List.copyOf(acceptances),
        refillAppointmentId,
        patient,
        rebookedAppointmentId,
        declineReason,
        List.copyOf(messagesSent));
  }
}
