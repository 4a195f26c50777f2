package io.followthrough.recovery;

import io.followthrough.channels.Channel;
import io.followthrough.channels.ChannelActivities;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.channels.SendReceipt;
import io.followthrough.channels.SendStatus;
import io.followthrough.drafting.AiProvenance;
import io.followthrough.drafting.Draft;
import io.followthrough.drafting.DraftRequest;
import io.followthrough.drafting.DraftingActivities;
import io.followthrough.drafting.ReplyDecision;
import io.followthrough.drafting.ReplyIntent;
import io.followthrough.drafting.ReplyRequest;
import io.followthrough.drafting.TriageDecision;
import io.followthrough.drafting.TriageRequest;
import io.followthrough.practice.Appointment;
import io.followthrough.practice.AppointmentStatus;
import io.followthrough.practice.CoverageStatus;
import io.followthrough.practice.NewPatient;
import io.followthrough.practice.PatientMatch;
import io.followthrough.practice.PatientPreferences;
import io.followthrough.practice.PatientQuery;
import io.followthrough.practice.PracticeActivities;
import io.followthrough.practice.Slot;
import io.followthrough.practice.SlotWindow;
import io.followthrough.practice.Urgency;
import io.followthrough.practice.WaitlistActivities;
import io.followthrough.practice.WaitlistCandidate;
import io.followthrough.practice.WaitlistEntry;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Fakes of the activities a cancellation recovery calls. */
final class RecoveryFakes {
  private RecoveryFakes() {}

  /** Slots (atomic bookings, idempotent by key), a waitlist, English New York patients. */
  static final class Practice implements PracticeActivities, WaitlistActivities {
    final Map<String, Slot> slots = new LinkedHashMap<>();
    final Map<String, String> holders = new HashMap<>();
    final Map<String, Appointment> byKey = new HashMap<>();
    final List<Appointment> bookings = new ArrayList<>();
    final List<WaitlistCandidate> waitlist = new ArrayList<>();
    final Map<String, String> languages = new HashMap<>();

    synchronized Practice slot(Slot slot) {
      slots.put(slot.slotId(), slot);
      return this;
    }

    synchronized Practice waiting(WaitlistCandidate c) {
      waitlist.add(c);
      return this;
    }

    /** Staff book the slot by hand. */
    synchronized void takeByStaff(String slotId) {
      holders.put(slotId, "appt-staff");
    }

    synchronized List<Appointment> bookings() {
      return List.copyOf(bookings);
    }

    @Override
    public synchronized Appointment bookAppointment(String patientRef, String slotId, String key) {
      Appointment earlier = byKey.get(key);
      if (earlier != null) {
        return earlier;
      }
      Slot slot = slots.get(slotId);
      if (slot == null) {
        throw ApplicationFailure.newNonRetryableFailure("unknown slot", SLOT_NOT_FOUND);
      }
      if (holders.containsKey(slotId)) {
        throw ApplicationFailure.newNonRetryableFailure("slot taken", SLOT_TAKEN);
      }
      Appointment a =
          new Appointment(
              "appt-new-" + (bookings.size() + 1),
              patientRef,
              slotId,
              slot.providerRef(),
              slot.start(),
              AppointmentStatus.BOOKED);
      holders.put(slotId, a.appointmentId());
      bookings.add(a);
      byKey.put(key, a);
      return a;
    }

    @Override
    public synchronized List<Slot> findSlots(String specialty, Urgency urgency, SlotWindow window) {
      return slots.values().stream()
          .filter(s -> s.specialty().equals(specialty))
          .filter(s -> !holders.containsKey(s.slotId()))
          .filter(s -> !s.start().isBefore(window.from()) && s.start().isBefore(window.to()))
          .sorted(java.util.Comparator.comparing(Slot::start))
          .toList();
    }

    @Override
    public synchronized PatientPreferences patientPreferences(String patientRef) {
      return new PatientPreferences(languages.getOrDefault(patientRef, "en"), "America/New_York");
    }

    @Override
    public synchronized Slot slot(String slotId) {
      Slot s = slots.get(slotId);
      if (s == null) {
        throw ApplicationFailure.newNonRetryableFailure("unknown slot", SLOT_NOT_FOUND);
      }
      return s;
    }

    @Override
    public synchronized List<WaitlistCandidate> waitlistCandidates(String specialty) {
      return waitlist.stream().filter(c -> c.entry().specialty().equals(specialty)).toList();
    }

    @Override
    public PatientMatch matchPatient(PatientQuery query) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String createPatient(NewPatient patient, String idempotencyKey) {
      throw new UnsupportedOperationException();
    }

    @Override
    public CoverageStatus checkCoverage(String patientRef, String payer, String memberId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Appointment appointment(String appointmentId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public AppointmentStatus appointmentStatus(String appointmentId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Appointment cancelAppointment(String appointmentId, String reasonCode, String key) {
      throw new UnsupportedOperationException();
    }

    @Override
    public WaitlistEntry addToWaitlist(
        String patientRef, String specialty, Urgency urgency, String idempotencyKey) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<WaitlistEntry> listWaitlist(String specialty) {
      throw new UnsupportedOperationException();
    }
  }

  /** Keeps one message per key; opt-outs per recipient and channel. */
  static final class Channels implements ChannelActivities {
    private final Map<String, SendReceipt> receipts = new LinkedHashMap<>();
    private final List<OutboundMessage> sent = new ArrayList<>();
    private final Set<String> optedOut = new HashSet<>();

    @Override
    public synchronized SendReceipt send(OutboundMessage message) {
      SendReceipt first = receipts.get(message.idempotencyKey());
      if (first != null) {
        return new SendReceipt(first.messageId(), first.status(), true);
      }
      SendReceipt receipt;
      if (optedOut.contains(message.recipientRef() + "/" + message.channel())) {
        receipt = new SendReceipt(null, SendStatus.OPTED_OUT, false);
      } else {
        sent.add(message);
        receipt = new SendReceipt("msg-" + sent.size(), SendStatus.ACCEPTED, false);
      }
      receipts.put(message.idempotencyKey(), receipt);
      return receipt;
    }

    synchronized void optOut(String ref, Channel channel) {
      optedOut.add(ref + "/" + channel);
    }

    synchronized List<OutboundMessage> sent() {
      return List.copyOf(sent);
    }

    /** Template ids sent to {@code ref}, in order. */
    synchronized List<String> templatesTo(String ref) {
      return sent.stream()
          .filter(m -> m.recipientRef().equals(ref))
          .map(OutboundMessage::templateId)
          .toList();
    }
  }

  /** Template id {@code <purpose>-<channel>}; "went elsewhere" declines, "?" needs a person. */
  static final class Drafting implements DraftingActivities {
    @Override
    public Draft draft(DraftRequest request) {
      return new Draft(
          request.purpose() + "-" + request.channel().name().toLowerCase(Locale.ROOT),
          Map.of("purpose", request.purpose()),
          "drafted " + request.purpose(),
          request.language(),
          new AiProvenance("local", "fake-templates", request.purpose() + "@1"));
    }

    @Override
    public TriageDecision triage(TriageRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ReplyDecision interpretReply(ReplyRequest request) {
      AiProvenance p = new AiProvenance("local", "fake-rules", "reply@1");
      String text = request.text() == null ? "" : request.text().toLowerCase(Locale.ROOT);
      if (text.contains("went elsewhere")) {
        return new ReplyDecision(ReplyIntent.DECLINES, "went-elsewhere", 0.93, p);
      }
      return new ReplyDecision(ReplyIntent.NEEDS_PERSON, null, 0.4, p);
    }
  }

  /** A fixed policy. */
  static final class Policy implements RecoveryPolicyActivities {
    volatile RecoveryPolicy policy = RecoveryPolicy.defaults();

    @Override
    public RecoveryPolicy policy(String site) {
      return policy;
    }
  }
}
