package io.followthrough.workers.priorauth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.followthrough.activities.practice.PatientRecord;
import io.followthrough.activities.practice.PracticeEvent;
import io.followthrough.activities.practice.PracticeEventType;
import io.followthrough.activities.practice.PracticeSandbox;
import io.followthrough.activities.practice.SandboxPracticeSystem;
import io.followthrough.practice.Appointment;
import io.followthrough.practice.SlotWindow;
import io.followthrough.practice.Urgency;
import io.followthrough.priorauth.PriorAuthInput;
import io.followthrough.priorauth.PriorAuthWorkflow;
import io.followthrough.workers.ops.WorkflowTypes;
import io.followthrough.workers.triggers.OutcomeStarter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriorAuthTriggerTest {

  /** Records what would be started. */
  static final class Recording extends OutcomeStarter {
    final List<Object[]> started = new ArrayList<>();

    Recording() {
      super(() -> null, WorkflowTypes.of(List.of()));
    }

    @Override
    public Started startOnce(String workflowType, String workflowId, Object input) {
      started.add(new Object[] {workflowType, workflowId, input});
      return Started.STARTED;
    }
  }

  @Test
  void aBookingThePayerMustAuthorizeStartsOnePriorAuthorization(@TempDir Path dir) {
    SandboxPracticeSystem practice = PracticeSandbox.forDataDirectory(dir).practice();
    PriorAuthTrigger trigger = new PriorAuthTrigger(dir.toString());
    Recording starter = new Recording();

    PatientRecord insured =
        practice.patients().stream()
            .filter(p -> "aetna".equals(p.payer()))
            .findFirst()
            .orElseThrow();
    Appointment cardiology = book(practice, insured, "cardiology", "k-1");
    trigger.onPracticeEvent(event(PracticeEventType.BOOKED, cardiology), starter);
    assertEquals(1, starter.started.size());
    assertEquals(PriorAuthWorkflow.TYPE, starter.started.get(0)[0]);
    assertEquals(
        PriorAuthWorkflow.workflowId(cardiology.appointmentId()), starter.started.get(0)[1]);
    PriorAuthInput input = (PriorAuthInput) starter.started.get(0)[2];
    assertEquals("aetna", input.payer());
    assertEquals("cardiology", input.specialty());
    assertEquals("93306", input.serviceCode());
    assertEquals(cardiology.appointmentId(), input.appointmentId());
    assertEquals(insured.ref(), input.patientRef());

    // Not a booking, a specialty the table does not list for the payer, or a row that exempts
    // the payer (Medicare dermatology): nothing more.
    trigger.onPracticeEvent(event(PracticeEventType.CANCELLED, cardiology), starter);
    Appointment gastro = book(practice, insured, "gastroenterology", "k-2");
    trigger.onPracticeEvent(event(PracticeEventType.BOOKED, gastro), starter);
    PatientRecord medicare =
        practice.patients().stream()
            .filter(p -> "medicare".equals(p.payer()))
            .findFirst()
            .orElseThrow();
    Appointment dermatology = book(practice, medicare, "dermatology", "k-3");
    trigger.onPracticeEvent(event(PracticeEventType.BOOKED, dermatology), starter);
    assertEquals(1, starter.started.size());
    // The same dermatology visit of an Aetna patient needs authorization.
    Appointment aetnaDermatology = book(practice, insured, "dermatology", "k-4");
    trigger.onPracticeEvent(event(PracticeEventType.BOOKED, aetnaDermatology), starter);
    assertEquals(2, starter.started.size());
    assertEquals("11102", ((PriorAuthInput) starter.started.get(1)[2]).serviceCode());
  }

  private static Appointment book(
      SandboxPracticeSystem practice, PatientRecord patient, String specialty, String key) {
    String slot =
        practice
            .findSlots(
                specialty,
                Urgency.URGENT,
                new SlotWindow(Instant.now(), Instant.now().plus(Duration.ofDays(28))))
            .get(0)
            .slotId();
    return practice.book(patient.ref(), slot, key);
  }

  private static PracticeEvent event(PracticeEventType type, Appointment a) {
    return new PracticeEvent(
        type, a.appointmentId(), a.patientRef(), a.slotId(), null, Instant.now(), null);
  }
}
