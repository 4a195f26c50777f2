package io.followthrough.workers.dev;

import io.followthrough.activities.intake.DocumentIntakeModule;
import io.followthrough.sdk.OutcomeModule;
import io.followthrough.workers.intake.DemoFaxes;
import io.followthrough.workers.intake.DocumentIntake;
import io.followthrough.workers.intake.IngestReceipt;
import io.followthrough.workers.intake.IngestRejectedException;
import io.temporal.client.WorkflowClient;
import java.util.List;
import java.util.function.Supplier;

/** Three synthetic faxes (referral, refill request, lab result) through the real intake. */
final class FaxDemo implements DemoScenario {

  private final Supplier<DocumentIntake> intake;

  FaxDemo(Supplier<DocumentIntake> intake) {
    this.intake = intake;
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
    int started = 0;
    for (byte[] fax : DemoFaxes.all().values()) {
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
}
