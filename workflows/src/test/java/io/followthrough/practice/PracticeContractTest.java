package io.followthrough.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.converter.DefaultDataConverter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PracticeContractTest {

  @Test
  void defaultsNeverRetryRefusals() {
    ActivityOptions options = PracticeOptions.defaults();
    assertEquals(Duration.ofSeconds(30), options.getStartToCloseTimeout());
    assertEquals(Duration.ofMinutes(10), options.getScheduleToCloseTimeout());
    List<String> doNotRetry = List.of(options.getRetryOptions().getDoNotRetry());
    assertTrue(doNotRetry.containsAll(PracticeActivities.NON_RETRYABLE), doNotRetry.toString());
    assertTrue(doNotRetry.contains("SlotTaken"));
    assertEquals(10, options.getRetryOptions().getMaximumAttempts());
  }

  @Test
  void recordsRoundTripThroughTemporalsConverter() {
    assertRoundTrip(new PatientQuery("Ana", "Reyes", LocalDate.of(1970, 1, 2), null, "M1"));
    assertRoundTrip(PatientMatch.ambiguous(2, "name-dob"));
    assertRoundTrip(new CoverageStatus(CoverageState.INACTIVE, "terminated"));
    assertRoundTrip(
        new SlotWindow(
            Instant.parse("2026-03-02T14:00:00Z"), Instant.parse("2026-03-09T14:00:00Z")));
    assertRoundTrip(
        new Appointment(
            "appt-0001",
            "pt-0001",
            "slot-00001",
            "prov-01",
            Instant.parse("2026-03-03T14:00:00Z"),
            AppointmentStatus.BOOKED));
    assertRoundTrip(
        new WaitlistEntry(
            "wait-0001",
            "pt-0001",
            "neurology",
            Urgency.URGENT,
            Instant.parse("2026-03-01T10:00:00Z")));
    assertRoundTrip(
        new NewPatient(
            "Ana",
            "Reyes",
            LocalDate.of(1970, 1, 2),
            "2125550101",
            "es",
            "America/Chicago",
            "aetna",
            "AET1"));
  }

  @Test
  void phiRecordsRedactToString() {
    assertEquals(
        "NewPatient[redacted]",
        new NewPatient("Ana", "Reyes", null, null, null, null, null, null).toString());
  }

  static <T> void assertRoundTrip(T value) {
    var converter = DefaultDataConverter.STANDARD_INSTANCE;
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) value.getClass();
    T back = converter.fromPayload(converter.toPayload(value).orElseThrow(), type, type);
    assertEquals(value, back);
  }
}
