package io.followthrough.faxrouting;

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
import io.followthrough.practice.WaitlistEntry;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The practice as fax routing sees it: patients by family name (two "Twin" patients make a match
 * ambiguous), providers by NPI, chart filings by key. {@link #failFilings} makes filing fail for
 * good; {@link #acknowledgeInChart} acknowledges a filing without a signal (a lost one).
 */
final class FakeChart implements PracticeActivities {
  record Filing(
      String filingId, String patientRef, String documentId, String section, String queue) {}

  private final Map<String, String> patients = new LinkedHashMap<>();
  private final Map<String, String> providers = new LinkedHashMap<>();
  private final Map<String, Filing> byKey = new LinkedHashMap<>();
  private final Map<String, String> acknowledged = new LinkedHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();
  volatile boolean failFilings;

  FakeChart patient(String lastName, String ref) {
    patients.put(lastName.toLowerCase(), ref);
    return this;
  }

  FakeChart provider(String npi, String ref) {
    providers.put(npi, ref);
    return this;
  }

  synchronized List<Filing> filings() {
    return new ArrayList<>(byKey.values());
  }

  synchronized void acknowledgeInChart(String filingId, String by) {
    acknowledged.put(filingId, by);
  }

  @Override
  public PatientMatch matchPatient(PatientQuery query) {
    String last = query.lastName() == null ? "" : query.lastName().toLowerCase();
    if (last.equals("twin")) {
      return PatientMatch.ambiguous(2, "name-dob");
    }
    String ref = patients.get(last);
    return ref == null ? PatientMatch.none() : PatientMatch.matched(ref, "name-dob");
  }

  @Override
  public String findProvider(String npi, String name) {
    return npi == null ? null : providers.get(npi);
  }

  @Override
  public synchronized String fileToChart(
      String patientRef, String documentId, String section, String queue, String key) {
    if (failFilings) {
      throw ApplicationFailure.newFailure("chart system down", "ChartDown");
    }
    Filing earlier = byKey.get(key);
    if (earlier != null) {
      return earlier.filingId();
    }
    Filing f =
        new Filing("filing-" + ids.incrementAndGet(), patientRef, documentId, section, queue);
    byKey.put(key, f);
    return f.filingId();
  }

  @Override
  public synchronized String filingAcknowledgedBy(String filingId) {
    return acknowledged.get(filingId);
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
    throw new UnsupportedOperationException();
  }

  @Override
  public Appointment bookAppointment(String patientRef, String slotId, String idempotencyKey) {
    throw new UnsupportedOperationException();
  }

  @Override
  public PatientPreferences patientPreferences(String patientRef) {
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
    throw new UnsupportedOperationException();
  }
}
