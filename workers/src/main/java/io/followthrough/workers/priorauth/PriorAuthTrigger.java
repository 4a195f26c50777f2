package io.followthrough.workers.priorauth;

import io.followthrough.activities.practice.PatientRecord;
import io.followthrough.activities.practice.PracticeEvent;
import io.followthrough.activities.practice.PracticeEventType;
import io.followthrough.activities.practice.PracticeSandbox;
import io.followthrough.activities.practice.Provider;
import io.followthrough.activities.practice.SandboxPracticeSystem;
import io.followthrough.activities.priorauth.PayerRules;
import io.followthrough.practice.Appointment;
import io.followthrough.priorauth.AuthRule;
import io.followthrough.priorauth.PriorAuthInput;
import io.followthrough.priorauth.PriorAuthWorkflow;
import io.followthrough.workers.sandbox.SandboxEnabled;
import io.followthrough.workers.triggers.OutcomeStarter;
import io.followthrough.workers.triggers.OutcomeTrigger;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts {@code prior-auth/<appointmentId>} when a visit is booked that the patient's payer must
 * authorize: the payer of the coverage on file × the slot's specialty, looked up in the payer rules
 * table ({@link PayerRules}). A patient without a payer on file, or a visit the table does not
 * list, starts nothing. Logs refs and codes only.
 */
@Singleton
@Requires(condition = SandboxEnabled.class)
public class PriorAuthTrigger implements OutcomeTrigger {
  private static final Logger log = LoggerFactory.getLogger(PriorAuthTrigger.class);

  private final Path dataDirectory;
  private final PayerRules rules = PayerRules.bundled();

  public PriorAuthTrigger(@Value("${followthrough.data-dir:.followthrough}") String dataDirectory) {
    this.dataDirectory = Path.of(dataDirectory);
  }

  @Override
  public void onPracticeEvent(PracticeEvent event, OutcomeStarter starter) {
    if (event.type() != PracticeEventType.BOOKED) {
      return;
    }
    // Looked up per event (not injected): the sandbox's relay, which calls triggers, is built
    // before the sandbox itself.
    SandboxPracticeSystem practice = PracticeSandbox.forDataDirectory(dataDirectory).practice();
    Optional<Appointment> appointment = practice.appointment(event.appointmentId());
    Optional<PatientRecord> patient = practice.patient(event.patientRef());
    if (appointment.isEmpty() || patient.isEmpty() || patient.get().payer() == null) {
      return;
    }
    String specialty =
        practice.providers().stream()
            .filter(p -> p.ref().equals(appointment.get().providerRef()))
            .map(Provider::specialty)
            .findFirst()
            .orElse(null);
    String payer = patient.get().payer();
    AuthRule rule = rules.rule(payer, specialty, null);
    if (!rule.required()) {
      log.debug(
          "{}: {} x {} needs no prior authorization", event.appointmentId(), payer, specialty);
      return;
    }
    PriorAuthInput input =
        new PriorAuthInput(
            event.appointmentId(),
            event.patientRef(),
            payer,
            specialty,
            rule.serviceCode(),
            List.of(),
            List.of(),
            event.appointmentId(),
            null);
    starter.startOnce(
        PriorAuthWorkflow.TYPE, PriorAuthWorkflow.workflowId(event.appointmentId()), input);
  }
}
