package io.followthrough.activities.practice;

import io.followthrough.practice.Appointment;
import io.followthrough.practice.PracticeActivities;
import io.followthrough.practice.Slot;
import io.followthrough.practice.WaitlistEntry;
import io.followthrough.practice.WaitlistPreferences;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything the sandbox holds, as plain collections so it round-trips through a JSON snapshot. Not
 * thread-safe: {@link SandboxPracticeSystem} guards it with its lock.
 *
 * @param slotHolders slot id → the appointment holding it (booked, arrived, checked out, no-show)
 * @param keys idempotency key → its first use
 * @param appointmentWorkflows appointment id → the outcome workflow it belongs to (only for
 *     bookings whose key names one)
 * @param readinessOnFile patient ref → intake-readiness items on file ({@link SandboxReadiness}); a
 *     patient without an entry has {@link SandboxReadiness#demoDefaults}
 * @param waitlistPreferences waitlist entry id → what makes a slot fit the patient ({@link
 *     WaitlistFits}); entries without one have no preferences
 * @param filings filing id → a document filed to a chart ({@link Charts})
 */
record SandboxState(
    ZoneId zone,
    Map<String, PatientRecord> patients,
    Map<String, Provider> providers,
    Map<String, Slot> slots,
    Map<String, String> slotHolders,
    Map<String, Appointment> appointments,
    List<WaitlistEntry> waitlist,
    Map<String, KeyedCall> keys,
    Map<String, String> appointmentWorkflows,
    Map<String, List<String>> readinessOnFile,
    Map<String, WaitlistPreferences> waitlistPreferences,
    Map<String, ChartFiling> filings) {

  SandboxState {
    // Snapshots written before intake readiness have no such table: demo defaults apply.
    readinessOnFile = readinessOnFile == null ? new LinkedHashMap<>() : readinessOnFile;
    // Snapshots written before appointments remembered their workflow have no such table.
    appointmentWorkflows =
        appointmentWorkflows == null ? new LinkedHashMap<>() : appointmentWorkflows;
    // Snapshots written before the waitlist had preferences have no such table.
    waitlistPreferences = waitlistPreferences == null ? new LinkedHashMap<>() : waitlistPreferences;
    // Snapshots written before charts had filings have no such table.
    filings = filings == null ? new LinkedHashMap<>() : filings;
  }

  static SandboxState of(PracticeData data) {
    SandboxState state =
        new SandboxState(
            data.zone(),
            new LinkedHashMap<>(),
            new LinkedHashMap<>(),
            new LinkedHashMap<>(),
            new LinkedHashMap<>(),
            new LinkedHashMap<>(),
            new ArrayList<>(data.waitlist()),
            new LinkedHashMap<>(),
            new LinkedHashMap<>(),
            new LinkedHashMap<>(),
            new LinkedHashMap<>(),
            new LinkedHashMap<>());
    data.patients().forEach(p -> state.patients.put(p.ref(), p));
    data.providers().forEach(p -> state.providers.put(p.ref(), p));
    data.slots().forEach(s -> state.slots.put(s.slotId(), s));
    return state;
  }

  /**
   * Runs {@code action} once per idempotency key: a repeat with the same arguments returns the
   * first result ref; a repeat with other arguments is bad input.
   */
  String once(String key, String operation, List<?> arguments, Supplier<String> action) {
    if (key == null || key.isBlank()) {
      throw new PracticeException(PracticeActivities.INVALID_INPUT, "idempotency key is required");
    }
    String fingerprint = fingerprint(arguments);
    KeyedCall earlier = keys.get(key);
    if (earlier != null) {
      if (!earlier.operation().equals(operation) || !earlier.fingerprint().equals(fingerprint)) {
        throw new PracticeException(
            PracticeActivities.INVALID_INPUT,
            "idempotency key " + key + " was used before with other arguments");
      }
      return earlier.resultRef();
    }
    String result = action.get();
    keys.put(key, new KeyedCall(operation, fingerprint, result));
    return result;
  }

  PatientRecord patient(String ref) {
    PatientRecord patient = ref == null ? null : patients.get(ref);
    if (patient == null) {
      throw new PracticeException(PracticeActivities.PATIENT_NOT_FOUND, "unknown patient " + ref);
    }
    return patient;
  }

  Appointment appointment(String id) {
    Appointment appointment = id == null ? null : appointments.get(id);
    if (appointment == null) {
      throw new PracticeException(
          PracticeActivities.APPOINTMENT_NOT_FOUND, "unknown appointment " + id);
    }
    return appointment;
  }

  private static String fingerprint(List<?> arguments) {
    StringBuilder text = new StringBuilder();
    for (Object argument : arguments) {
      // Records' components, not toString(), which some records redact.
      text.append(argument instanceof Record r ? components(r) : String.valueOf(argument))
          .append('\u001f');
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String components(Record record) {
    StringBuilder text = new StringBuilder();
    for (var component : record.getClass().getRecordComponents()) {
      try {
        text.append(component.getAccessor().invoke(record)).append('\u001e');
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return text.toString();
  }
}
