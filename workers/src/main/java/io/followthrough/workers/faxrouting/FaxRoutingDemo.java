package io.followthrough.workers.faxrouting;

import io.followthrough.activities.faxrouting.FaxRoutingModule;
import io.followthrough.activities.intake.DocumentIntakeModule;
import io.followthrough.activities.practice.PatientRecord;
import io.followthrough.activities.practice.Provider;
import io.followthrough.activities.practice.SandboxPracticeSystem;
import io.followthrough.sdk.OutcomeModule;
import io.followthrough.workers.dev.DemoScenario;
import io.followthrough.workers.intake.DocumentIntake;
import io.followthrough.workers.intake.IngestReceipt;
import io.followthrough.workers.intake.IngestRejectedException;
import io.temporal.client.WorkflowClient;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A lab report about a sandbox patient, ordered by a sandbox provider, through the real intake: fax
 * routing files it to the provider's queue and waits for the acknowledgement ({@code POST
 * /sandbox/charts/filings/<id>/acknowledge}). The demo lab result of {@code FaxDemo} (a patient the
 * practice does not know) shows the other path: a coordinator task to find the chart.
 */
public final class FaxRoutingDemo implements DemoScenario {
  private final Supplier<DocumentIntake> intake;
  private final Supplier<Optional<SandboxPracticeSystem>> sandbox;

  public FaxRoutingDemo(
      Supplier<DocumentIntake> intake, Supplier<Optional<SandboxPracticeSystem>> sandbox) {
    this.intake = intake;
    this.sandbox = sandbox;
  }

  @Override
  public String name() {
    return "fax routing";
  }

  @Override
  public int seed(WorkflowClient client, List<OutcomeModule> modules) {
    List<String> names = modules.stream().map(OutcomeModule::name).toList();
    Optional<SandboxPracticeSystem> practice = sandbox.get();
    if (!names.contains(DocumentIntakeModule.NAME)
        || !names.contains(FaxRoutingModule.NAME)
        || practice.isEmpty()) {
      return 0;
    }
    List<PatientRecord> patients = practice.get().patients();
    List<Provider> providers = practice.get().providers();
    if (patients.isEmpty() || providers.isEmpty()) {
      return 0;
    }
    // The last patient, so the referral demo's patients (the first ones) stay uncluttered.
    byte[] fax = DemoLabResult.fax(patients.get(patients.size() - 1), providers.get(0));
    try {
      IngestReceipt receipt = intake.get().ingest(fax, "demo", false);
      return receipt.duplicate() ? 0 : 1;
    } catch (IngestRejectedException e) {
      throw new IllegalStateException("demo lab result refused: " + e.getMessage(), e);
    }
  }
}
