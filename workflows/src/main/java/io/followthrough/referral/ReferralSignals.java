package io.followthrough.referral;

import io.followthrough.channels.Channel;
import io.followthrough.channels.DeliveryStatus;
import io.followthrough.channels.InboundMessage;
import io.followthrough.practice.AppointmentEvent;
import io.followthrough.practice.AppointmentEventType;
import io.followthrough.practice.AppointmentStatus;
import io.followthrough.sdk.Outcome;
import io.followthrough.sdk.TimelineKind;
import java.util.Locale;

/**
 * The signal handlers of a referral: they only record and queue (no activities), so they are quick
 * and deterministic; the flow acts on what they queued. STOP, wrong-number and undeliverable
 * receipts take effect at once (the next send skips that channel).
 */
final class ReferralSignals {
  private final Outcome outcome;
  private final ReferralState state;

  ReferralSignals(Outcome outcome, ReferralState state) {
    this.outcome = outcome;
    this.state = state;
  }

  void inbound(InboundMessage m) {
    if (m == null || m.kind() == null) {
      return;
    }
    ReferralState.Party party = partyOf(m);
    String channel = m.channel() == null ? "unknown" : lower(m.channel().name());
    outcome.record(
        TimelineKind.EVIDENCE,
        "inbound:" + lower(party.name()) + ":" + lower(m.kind().name()) + ":" + channel);
    boolean patient = party == ReferralState.Party.PATIENT;
    switch (m.kind()) {
      case DELIVERY_RECEIPT -> {
        if (patient && m.deliveryStatus() == DeliveryStatus.UNDELIVERABLE && m.channel() != null) {
          block(m.channel(), "undeliverable");
        }
      }
      case STOP -> {
        if (patient && m.channel() != null) {
          block(m.channel(), "opted-out");
        }
      }
      case WRONG_NUMBER -> {
        if (patient) {
          block(Channel.SMS, "wrong-number");
          block(Channel.VOICE, "wrong-number");
        }
      }
      default -> (patient ? state.patientReplies : state.officeReplies).add(m);
    }
  }

  void appointment(AppointmentEvent e) {
    if (e == null || e.type() == null || e.appointmentId() == null) {
      return;
    }
    if (state.patientRef != null
        && e.patientRef() != null
        && !state.patientRef.equals(e.patientRef())) {
      outcome.record(TimelineKind.NOTE, "appointment-of-another-patient");
      return;
    }
    outcome.record(TimelineKind.EVIDENCE, "appointment:" + lower(e.type().name()));
    boolean current =
        state.appointment != null && e.appointmentId().equals(state.appointment.appointmentId());
    if (e.type() == AppointmentEventType.BOOKED) {
      if (!current) {
        state.pendingBooking = e;
      }
      return;
    }
    if (current) {
      if (!state.appointmentSettled()) {
        state.appointmentStatus = AppointmentStatus.valueOf(e.type().name());
      }
    } else if (e.type() == AppointmentEventType.CANCELLED
        && state.pendingBooking != null
        && e.appointmentId().equals(state.pendingBooking.appointmentId())) {
      state.pendingBooking = null;
    }
  }

  void supplement(String documentId) {
    if (documentId == null || documentId.isBlank() || state.documentIds.contains(documentId)) {
      return;
    }
    state.documentIds.add(documentId);
    state.pendingSupplements.add(documentId);
    outcome.record(TimelineKind.EVIDENCE, "supplement");
  }

  /** Who a reply is from: the party of the message it answers, else by sender ref and channel. */
  private ReferralState.Party partyOf(InboundMessage m) {
    if (m.inReplyTo() != null && state.messageParties.containsKey(m.inReplyTo())) {
      return state.messageParties.get(m.inReplyTo());
    }
    if (m.fromRef() != null && m.fromRef().equals(state.referrerRef)) {
      return ReferralState.Party.REFERRER;
    }
    if (m.fromRef() != null && m.fromRef().equals(state.patientRef)) {
      return ReferralState.Party.PATIENT;
    }
    return m.channel() == Channel.FAX ? ReferralState.Party.REFERRER : ReferralState.Party.PATIENT;
  }

  private void block(Channel channel, String why) {
    if (state.blockedChannels.add(channel)) {
      outcome.record(TimelineKind.NOTE, why + ":" + lower(channel.name()));
    }
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
