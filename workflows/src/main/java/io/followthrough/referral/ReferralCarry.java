package io.followthrough.referral;

import io.followthrough.channels.Channel;
import io.followthrough.channels.InboundMessage;
import io.followthrough.documents.ExtractedField;
import io.followthrough.practice.AppointmentEvent;
import io.followthrough.practice.Urgency;
import io.followthrough.sdk.OutcomeSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a referral run hands to the next when its history grows long (continue-as-new between
 * outreach rounds): the outcome's snapshot, the policy it ran with, and the referral's state,
 * including signals not yet acted on. Field values are PHI: {@link #toString()} names none.
 */
public record ReferralCarry(
    OutcomeSnapshot outcome,
    ReferralPolicy policy,
    List<String> documentIds,
    Map<String, ExtractedField> fields,
    String specialty,
    Urgency urgency,
    String patientRef,
    String referrerRef,
    String language,
    String timeZone,
    List<String> messagesSent,
    Map<String, String> messageParties,
    List<Channel> blockedChannels,
    int noShows,
    int round,
    String coverage,
    List<String> pendingSupplements,
    List<InboundMessage> patientReplies,
    List<InboundMessage> officeReplies,
    AppointmentEvent pendingBooking,
    String lastPatientPurpose) {

  static ReferralCarry of(OutcomeSnapshot snapshot, ReferralPolicy policy, ReferralState s) {
    Map<String, String> parties = new LinkedHashMap<>();
    s.messageParties.forEach((id, party) -> parties.put(id, party.name()));
    return new ReferralCarry(
        snapshot,
        policy,
        List.copyOf(s.documentIds),
        s.fields.all(),
        s.specialty,
        s.urgency,
        s.patientRef,
        s.referrerRef,
        s.language,
        s.timeZone,
        List.copyOf(s.messagesSent),
        parties,
        List.copyOf(s.blockedChannels),
        s.noShows,
        s.round,
        s.coverage,
        List.copyOf(s.pendingSupplements),
        List.copyOf(s.patientReplies),
        List.copyOf(s.officeReplies),
        s.pendingBooking,
        s.lastPatientPurpose);
  }

  /**
   * Puts the carried state back into a fresh run's state, ahead of anything the new run's signals
   * already queued.
   */
  void restore(ReferralState s) {
    List<String> arrived = new ArrayList<>(s.documentIds);
    s.documentIds.clear();
    s.documentIds.addAll(documentIds);
    arrived.stream().filter(d -> !documentIds.contains(d)).forEach(s.documentIds::add);
    s.fields = new ReferralFields(fields);
    s.specialty = specialty;
    s.urgency = urgency;
    s.patientRef = patientRef;
    s.referrerRef = referrerRef;
    s.language = language;
    s.timeZone = timeZone;
    s.messagesSent.addAll(messagesSent);
    messageParties.forEach(
        (id, party) -> s.messageParties.put(id, ReferralState.Party.valueOf(party)));
    s.blockedChannels.addAll(blockedChannels);
    s.noShows = noShows;
    s.round = round;
    s.coverage = coverage;
    for (int i = pendingSupplements.size() - 1; i >= 0; i--) {
      s.pendingSupplements.addFirst(pendingSupplements.get(i));
    }
    for (int i = patientReplies.size() - 1; i >= 0; i--) {
      s.patientReplies.addFirst(patientReplies.get(i));
    }
    for (int i = officeReplies.size() - 1; i >= 0; i--) {
      s.officeReplies.addFirst(officeReplies.get(i));
    }
    if (s.pendingBooking == null) {
      s.pendingBooking = pendingBooking;
    }
    s.lastPatientPurpose = lastPatientPurpose;
  }

  @Override
  public String toString() {
    return "ReferralCarry[patientRef=%s, round=%d, noShows=%d, messages=%d, fields=%s]"
        .formatted(
            patientRef, round, noShows, messagesSent.size(), new ArrayList<>(fields.keySet()));
  }
}
