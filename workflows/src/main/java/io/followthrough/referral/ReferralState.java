package io.followthrough.referral;

import io.followthrough.channels.Channel;
import io.followthrough.channels.InboundMessage;
import io.followthrough.practice.Appointment;
import io.followthrough.practice.AppointmentEvent;
import io.followthrough.practice.AppointmentStatus;
import io.followthrough.practice.Urgency;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a referral run knows, in one place: what the steps decided and what the signals
 * brought in but the flow has not handled yet. Workflow-thread only; ordered collections only.
 */
final class ReferralState {
  /** Who a message was for, or who sent a reply. */
  enum Party {
    PATIENT,
    REFERRER
  }

  final List<String> documentIds = new ArrayList<>();
  ReferralFields fields = new ReferralFields(Map.of());
  String specialty;
  Urgency urgency;
  String patientRef;
  String referrerRef;
  String language;
  String timeZone;
  List<String> missingFields = List.of();
  final List<String> messagesSent = new ArrayList<>();

  /** Message id of every accepted send → who it went to, so replies find their party. */
  final Map<String, Party> messageParties = new LinkedHashMap<>();

  final Set<Channel> blockedChannels = EnumSet.noneOf(Channel.class);
  Appointment appointment;
  AppointmentStatus appointmentStatus;
  int noShows;
  int round = 1;
  String coverage;
  String disposition;
  String dispositionReason;
  boolean referrerNotified;

  // Brought in by signals, handled by the flow.
  final Deque<String> pendingSupplements = new ArrayDeque<>();
  final Deque<InboundMessage> patientReplies = new ArrayDeque<>();
  final Deque<InboundMessage> officeReplies = new ArrayDeque<>();

  /** A booking the flow has not taken up yet (self-scheduled or booked by staff in the EHR). */
  AppointmentEvent pendingBooking;

  /** A decision from a task running beside the flow (urgent call, staff call), not yet acted on. */
  String staffDecision;

  /** Bumped when the outreach settles: call tasks opened under an older value close themselves. */
  int callGeneration;

  /** Purpose of the last patient message, to interpret replies against. */
  String lastPatientPurpose = ReferralStages.PURPOSE_OUTREACH;

  /** Whether the patient answered in a way the outreach must act on. */
  boolean patientNews() {
    return pendingBooking != null || !patientReplies.isEmpty() || staffDecision != null;
  }

  /** Whether the appointment being waited for reached a final status (kept, missed, cancelled). */
  boolean appointmentSettled() {
    return appointmentStatus != null && appointmentStatus.isFinal();
  }

  /** Records an accepted send: its key once, in order, and the message's party. */
  void sent(String idempotencyKey, String messageId, Party party) {
    if (!messagesSent.contains(idempotencyKey)) {
      messagesSent.add(idempotencyKey);
    }
    if (messageId != null) {
      messageParties.put(messageId, party);
    }
  }

  /** Channels a patient can be reached on now, in ladder order. */
  boolean usable(Channel channel) {
    return !blockedChannels.contains(channel);
  }

  ReferralView view() {
    return new ReferralView(
        List.copyOf(documentIds),
        specialty,
        urgency == null ? null : urgency.name(),
        patientRef,
        appointment == null ? null : appointment.appointmentId(),
        List.copyOf(missingFields),
        List.copyOf(messagesSent),
        noShows,
        disposition,
        referrerRef,
        blockedChannels.stream().map(Channel::name).toList(),
        appointmentStatus == null ? null : appointmentStatus.name(),
        round);
  }
}
