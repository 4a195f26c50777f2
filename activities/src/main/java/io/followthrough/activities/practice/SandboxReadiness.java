package io.followthrough.activities.practice;

import io.followthrough.practice.Appointment;
import io.followthrough.practice.AppointmentStatus;
import io.followthrough.practice.Slot;
import io.followthrough.readiness.ReadinessItems;
import io.followthrough.readiness.ReadinessRecord;
import io.followthrough.referral.ReferralWorkflow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Intake-readiness items in the sandbox practice: per patient, which of intake forms, insurance
 * card, referral, prior authorization and photo ID are on file. A patient nobody changed yet has
 * {@link #demoDefaults}: most demo patients are complete, some miss items, new registrations have
 * nothing on file. A referral is also on file for an appointment that a referral outcome booked.
 * Changes are saved with the sandbox's snapshot.
 */
public final class SandboxReadiness {
  private final GuardedState state;

  SandboxReadiness(GuardedState state) {
    this.state = state;
  }

  /**
   * What is on file for {@code appointmentId}'s visit.
   *
   * @throws PracticeException {@code AppointmentNotFound}
   */
  public ReadinessRecord record(String appointmentId) {
    return state.read(
        s -> {
          Appointment a = s.appointment(appointmentId);
          Slot slot = s.slots().get(a.slotId());
          Set<String> items = new LinkedHashSet<>(onFile(s, a.patientRef()));
          String owner = s.appointmentWorkflows().get(appointmentId);
          if (owner != null && owner.startsWith(ReferralWorkflow.OUTCOME_TYPE + "/")) {
            items.add(ReadinessItems.REFERRAL);
          }
          return new ReadinessRecord(
              a.appointmentId(),
              a.patientRef(),
              slot == null ? null : slot.specialty(),
              a.start(),
              a.status(),
              ReadinessItems.ON_FILE.stream().filter(items::contains).toList());
        });
  }

  /**
   * The items on file for the patient.
   *
   * @throws PracticeException {@code PatientNotFound}
   */
  public List<String> onFile(String patientRef) {
    return state.read(s -> onFile(s, patientRef));
  }

  /**
   * Puts {@code item} on file for the patient (the patient filled in the forms, uploaded a card or
   * an ID; staff filed a referral or an authorization). Returns the items on file.
   *
   * @throws PracticeException {@code InvalidInput} for an unknown item, {@code PatientNotFound}
   */
  public List<String> complete(String patientRef, String item) {
    if (!ReadinessItems.ON_FILE.contains(item)) {
      throw new PracticeException(
          io.followthrough.practice.PracticeActivities.INVALID_INPUT,
          "unknown item " + item + " (items: " + ReadinessItems.ON_FILE + ")");
    }
    return state.write(
        s -> {
          List<String> items = new ArrayList<>(onFile(s, patientRef));
          if (!items.contains(item)) {
            items.add(item);
          }
          List<String> ordered = ReadinessItems.ON_FILE.stream().filter(items::contains).toList();
          s.readinessOnFile().put(patientRef, new ArrayList<>(ordered));
          return ordered;
        });
  }

  /** The patient's booked appointments, oldest first (whose readiness a change may settle). */
  public List<String> bookedAppointments(String patientRef) {
    return state.read(
        s ->
            s.appointments().values().stream()
                .filter(a -> a.patientRef().equals(patientRef))
                .filter(a -> a.status() == AppointmentStatus.BOOKED)
                .map(Appointment::appointmentId)
                .toList());
  }

  private static List<String> onFile(SandboxState s, String patientRef) {
    PatientRecord patient = s.patient(patientRef);
    List<String> own = s.readinessOnFile().get(patientRef);
    return own != null ? List.copyOf(own) : demoDefaults(patient);
  }

  /**
   * What a demo patient has on file before anyone changed it: everything, except that patients
   * whose number is a multiple of 3 miss intake forms and photo ID, of 4 the insurance card, of 5
   * the authorization, of 7 the referral; a patient without a payer has no card; patients
   * registered after the demo data (numbers above 50, or other refs) have nothing on file.
   */
  public static List<String> demoDefaults(PatientRecord patient) {
    int n;
    try {
      n = Integer.parseInt(patient.ref().substring("pt-".length()));
    } catch (RuntimeException notDemo) {
      return List.of();
    }
    if (n < 1 || n > DemoData.PATIENTS) {
      return List.of();
    }
    List<String> items = new ArrayList<>(ReadinessItems.ON_FILE);
    if (n % 3 == 0) {
      items.remove(ReadinessItems.INTAKE_FORMS);
      items.remove(ReadinessItems.PHOTO_ID);
    }
    if (n % 4 == 0 || patient.payer() == null) {
      items.remove(ReadinessItems.INSURANCE_CARD);
    }
    if (n % 5 == 0) {
      items.remove(ReadinessItems.AUTHORIZATION);
    }
    if (n % 7 == 0) {
      items.remove(ReadinessItems.REFERRAL);
    }
    return List.copyOf(items);
  }
}
