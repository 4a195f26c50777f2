package io.followthrough.refill;

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
import io.followthrough.drafting.ReplyRequest;
import io.followthrough.drafting.TriageDecision;
import io.followthrough.drafting.TriageRequest;
import io.followthrough.practice.Appointment;
import io.followthrough.practice.AppointmentStatus;
import io.followthrough.practice.CoverageStatus;
import io.followthrough.practice.Medication;
import io.followthrough.practice.NewPatient;
import io.followthrough.practice.PatientMatch;
import io.followthrough.practice.PatientPreferences;
import io.followthrough.practice.PatientQuery;
import io.followthrough.practice.PracticeActivities;
import io.followthrough.practice.Slot;
import io.followthrough.practice.SlotWindow;
import io.followthrough.practice.Urgency;
import io.followthrough.practice.VisitHistory;
import io.followthrough.practice.WaitlistEntry;
import io.temporal.failure.ApplicationFailure;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Fakes for the refill workflow tests. */
final class RefillFakes {
  private RefillFakes() {}

  /** A practice with patients by family name, prescriptions, last visits and slots. */
  static final class Practice implements PracticeActivities {
    final Map<String, String> patientsByLastName = new HashMap<>();
    final Map<String, List<Medication>> meds = new HashMap<>();
    final Map<String, VisitHistory> visits = new HashMap<>();
    final List<Slot> slots = new ArrayList<>();
    final Map<String, Appointment> booked = new LinkedHashMap<>();

    Practice patient(String lastName, String ref) {
      patientsByLastName.put(lastName.toLowerCase(Locale.ROOT), ref);
      return this;
    }

    Practice med(Medication m) {
      meds.computeIfAbsent(m.patientRef(), k -> new ArrayList<>()).add(m);
      return this;
    }

    Practice visit(String patientRef, LocalDate date) {
      visits.put(patientRef, new VisitHistory(patientRef, date, "prov-01", "cardiology"));
      return this;
    }

    Practice slot(String id, Instant start) {
      slots.add(new Slot(id, "prov-01", "cardiology", start, 30, false));
      return this;
    }

    @Override
    public PatientMatch matchPatient(PatientQuery query) {
      String ref =
          query.lastName() == null
              ? null
              : patientsByLastName.get(query.lastName().toLowerCase(Locale.ROOT));
      return ref == null ? PatientMatch.none() : PatientMatch.matched(ref, "name-dob");
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
    public List<Slot> findSlots(String specialty, Urgency urgency, SlotWindow window) {
      return slots.stream().filter(s -> !booked.containsKey(s.slotId())).toList();
    }

    @Override
    public synchronized Appointment bookAppointment(
        String patientRef, String slotId, String idempotencyKey) {
      Slot slot = slots.stream().filter(s -> s.slotId().equals(slotId)).findFirst().orElse(null);
      if (slot == null) {
        throw ApplicationFailure.newNonRetryableFailure("no slot " + slotId, SLOT_NOT_FOUND);
      }
      return booked.computeIfAbsent(
          slotId,
          k ->
              new Appointment(
                  "appt-" + (booked.size() + 1),
                  patientRef,
                  slotId,
                  slot.providerRef(),
                  slot.start(),
                  AppointmentStatus.BOOKED));
    }

    @Override
    public PatientPreferences patientPreferences(String patientRef) {
      return new PatientPreferences("en", "America/New_York");
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
    public Appointment cancelAppointment(
        String appointmentId, String reasonCode, String idempotencyKey) {
      throw new UnsupportedOperationException();
    }

    @Override
    public WaitlistEntry addToWaitlist(
        String patientRef, String specialty, Urgency urgency, String idempotencyKey) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<WaitlistEntry> listWaitlist(String specialty) {
      return List.of();
    }

    @Override
    public List<Medication> medications(String patientRef) {
      return List.copyOf(meds.getOrDefault(patientRef, List.of()));
    }

    @Override
    public VisitHistory lastVisit(String patientRef) {
      return visits.getOrDefault(patientRef, new VisitHistory(patientRef, null, null, null));
    }
  }

  /** Matches by exact drug name (the real matcher is tested in activities). */
  static final class Matcher implements MedicationMatchActivities {
    @Override
    public MedicationMatch match(MedicationMatchRequest request) {
      String wanted =
          request.drug() != null
              ? request.drug().toLowerCase(Locale.ROOT)
              : request.text() == null ? "" : request.text().toLowerCase(Locale.ROOT);
      List<String> hits =
          request.candidates().stream()
              .filter(m -> wanted.contains(m.drug()))
              .map(Medication::rxRef)
              .toList();
      if (hits.size() == 1) {
        return new MedicationMatch(MedicationMatch.MATCHED, hits.get(0), hits, "name");
      }
      return new MedicationMatch(
          hits.isEmpty() ? MedicationMatch.NONE : MedicationMatch.AMBIGUOUS, null, hits, "name");
    }
  }

  /** A channel that keeps what it sent, once per idempotency key. */
  static final class Channels implements ChannelActivities {
    private final Map<String, SendReceipt> receipts = new LinkedHashMap<>();
    private final List<OutboundMessage> sent = new ArrayList<>();

    @Override
    public synchronized SendReceipt send(OutboundMessage message) {
      SendReceipt first = receipts.get(message.idempotencyKey());
      if (first != null) {
        return new SendReceipt(first.messageId(), first.status(), true);
      }
      sent.add(message);
      SendReceipt receipt = new SendReceipt("msg-" + sent.size(), SendStatus.ACCEPTED, false);
      receipts.put(message.idempotencyKey(), receipt);
      return receipt;
    }

    synchronized List<OutboundMessage> sent() {
      return List.copyOf(sent);
    }

    synchronized List<OutboundMessage> sentOn(Channel channel) {
      return sent.stream().filter(m -> m.channel() == channel).toList();
    }

    synchronized String messageId(String key) {
      return receipts.get(key).messageId();
    }
  }

  /** Template id {@code <purpose>-<channel>}; the body names the decision. */
  static final class Drafting implements DraftingActivities {
    @Override
    public Draft draft(DraftRequest request) {
      String template = request.purpose() + "-" + request.channel().name().toLowerCase(Locale.ROOT);
      return new Draft(
          template,
          Map.of("refill_decision", request.facts().getOrDefault("refill_decision", "")),
          "refill " + request.facts().get("refill_decision"),
          request.language(),
          new AiProvenance("local", "fake-templates", request.purpose() + "@1"));
    }

    @Override
    public TriageDecision triage(TriageRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ReplyDecision interpretReply(ReplyRequest request) {
      throw new UnsupportedOperationException();
    }
  }

  /** Answers every site with one policy, the defaults unless a test sets another. */
  static final class Policy implements RefillPolicyActivities {
    volatile RefillPolicy policy = RefillPolicy.defaults();

    @Override
    public RefillPolicy policy(String site) {
      return policy;
    }
  }
}
