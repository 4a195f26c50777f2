package io.followthrough.workers.dev;

import io.followthrough.activities.intake.DocumentIntakeModule;
import io.followthrough.activities.practice.PatientRecord;
import io.followthrough.activities.practice.SandboxPracticeSystem;
import io.followthrough.sdk.OutcomeModule;
import io.followthrough.workers.intake.DemoFaxes;
import io.followthrough.workers.intake.DemoReferral;
import io.followthrough.workers.intake.DocumentIntake;
import io.followthrough.workers.intake.IngestReceipt;
import io.followthrough.workers.intake.IngestRejectedException;
import io.temporal.client.WorkflowClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Synthetic faxes through the real intake: the three {@link DemoFaxes} (referral of a patient the
 * practice does not know yet, refill request, lab result) and, when the sandbox practice runs in
 * this process, two referrals of its demo patients (one routine, one urgent), so the referral
 * outcome matches a patient, checks coverage and texts a self-schedule link.
 */
final class FaxDemo implements DemoScenario {

  /** Specialty and urgency of the sandbox patients' demo referrals, in order. */
  private static final List<String> SPECIALTIES = List.of("cardiology", "neurology");

  private final Supplier<DocumentIntake> intake;
  private final Supplier<Optional<SandboxPracticeSystem>> sandbox;

  /**
   * @param sandbox the sandbox practice, or empty when it is not in this process (then only the
   *     three fixed faxes are sent)
   */
  FaxDemo(Supplier<DocumentIntake> intake, Supplier<Optional<SandboxPracticeSystem>> sandbox) {
    this.intake = intake;
    this.sandbox = sandbox;
  }

  @Override
  public String name() {
    return "demo faxes";
  }

  @Override
  public int seed(WorkflowClient client, List<OutcomeModule> modules) {
    if (modules.stream().noneMatch(m -> DocumentIntakeModule.NAME.equals(m.name()))) {
      return 0;
    }
    List<byte[]> faxes = new ArrayList<>(DemoFaxes.all().values());
    sandbox.get().ifPresent(practice -> faxes.addAll(sandboxReferrals(practice)));
    int started = 0;
    for (byte[] fax : faxes) {
      try {
        IngestReceipt receipt = intake.get().ingest(fax, "demo", false);
        // A restart with the same data keeps the earlier intakes; nothing new to count.
        started += receipt.duplicate() ? 0 : 1;
      } catch (IngestRejectedException e) {
        throw new IllegalStateException("demo fax refused: " + e.getMessage(), e);
      }
    }
    return started;
  }

  /** Referrals of the first patients who can be scheduled without a person. */
  static List<byte[]> sandboxReferrals(SandboxPracticeSystem practice) {
    List<PatientRecord> chosen =
        DemoReferral.schedulable(practice).stream().limit(SPECIALTIES.size()).toList();
    List<byte[]> faxes = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      faxes.add(
          DemoFaxes.referral(
              DemoReferral.of(
                  chosen.get(i), SPECIALTIES.get(i), DemoReferral.OFFICES.get(i), i == 1)));
    }
    return faxes;
  }
}
