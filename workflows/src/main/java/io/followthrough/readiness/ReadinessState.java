package io.followthrough.readiness;

import io.followthrough.channels.Channel;
import io.followthrough.practice.AppointmentEvent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Everything a readiness run knows. Workflow-thread only; ordered collections only. */
final class ReadinessState {
  ReadinessRecord record;
  List<String> required = List.of();
  List<String> missing = List.of();
  int checks;
  int asks;
  final List<String> messagesSent = new ArrayList<>();
  final List<String> channelsTried = new ArrayList<>();
  final Set<Channel> blockedChannels = EnumSet.noneOf(Channel.class);
  boolean escalated;
  String status;
  String language;
  String timeZone;

  // Brought in by signals and tasks beside the flow, handled by the flow.
  boolean recheckRequested;
  AppointmentEvent endingEvent;
  String staffDecision;
  boolean staffAnswered;
  boolean cancelling;

  /** Set when the outcome is settled: open tasks close as superseded. */
  boolean settled;

  boolean news() {
    return recheckRequested || endingEvent != null || staffDecision != null;
  }

  ReadinessView view(String appointmentId, String patientRef) {
    return new ReadinessView(
        appointmentId,
        patientRef,
        record == null ? null : record.specialty(),
        List.copyOf(required),
        List.copyOf(missing),
        checks,
        asks,
        List.copyOf(messagesSent),
        escalated,
        blockedChannels.stream().map(Channel::name).toList(),
        status);
  }
}
