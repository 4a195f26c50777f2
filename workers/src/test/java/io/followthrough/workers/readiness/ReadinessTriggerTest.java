package io.followthrough.workers.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.practice.PracticeEvent;
import io.followthrough.activities.practice.PracticeEventType;
import io.followthrough.activities.practice.SandboxPracticeSystem;
import io.followthrough.activities.practice.SandboxReadiness;
import io.followthrough.practice.CoverageState;
import io.followthrough.readiness.ReadinessInput;
import io.followthrough.readiness.ReadinessItems;
import io.followthrough.readiness.ReadinessWorkflow;
import io.followthrough.workers.ops.WorkflowTypes;
import io.followthrough.workers.triggers.OutcomeStarter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadinessTriggerTest {

  /** Records starts instead of talking to Temporal. */
  static final class RecordingStarter extends OutcomeStarter {
    final List<Object[]> starts = new ArrayList<>();

    RecordingStarter() {
      super(() -> null, WorkflowTypes.of(List.of()));
    }

    @Override
    public Started startOnce(String workflowType, String workflowId, Object input) {
      starts.add(new Object[] {workflowType, workflowId, input});
      return Started.STARTED;
    }
  }

  @Test
  void aBookingStartsTheAppointmentsReadinessOutcome() {
    RecordingStarter starter = new RecordingStarter();
    new ReadinessTrigger()
        .onPracticeEvent(
            new PracticeEvent(
                PracticeEventType.BOOKED,
                "appt-0042",
                "pt-0009",
                "slot-00001",
                "staff",
                Instant.EPOCH,
                "referral/rk-1"),
            starter);
    assertEquals(1, starter.starts.size());
    assertEquals(ReadinessWorkflow.TYPE, starter.starts.get(0)[0]);
    assertEquals("intake-readiness/appt-0042", starter.starts.get(0)[1]);
    assertEquals(
        new ReadinessInput("appt-0042", "pt-0009", ReadinessTrigger.SOURCE, null),
        starter.starts.get(0)[2]);
  }

  @Test
  void theDemoBooksOneCompleteAndOneIncompletePatient() {
    SandboxPracticeSystem practice = SandboxPracticeSystem.demo(42L, Clock.systemUTC());
    List<String> patients = ReadinessDemo.patients(practice);
    assertEquals(2, patients.size());
    assertNotEquals(patients.get(0), patients.get(1));
    assertEquals(ReadinessItems.ON_FILE, practice.readiness().onFile(patients.get(0)));
    assertEquals(CoverageState.ACTIVE, practice.checkCoverage(patients.get(0), null, null).state());
    assertFalse(practice.readiness().onFile(patients.get(1)).contains(ReadinessItems.INTAKE_FORMS));
    assertTrue(
        SandboxReadiness.demoDefaults(practice.patient(patients.get(1)).orElseThrow()).size()
            < ReadinessItems.ON_FILE.size());
  }
}
