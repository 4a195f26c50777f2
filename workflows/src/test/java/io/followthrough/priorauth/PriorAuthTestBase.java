package io.followthrough.priorauth;

import io.followthrough.drafting.DraftingActivities;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.TaskCompletion;
import io.followthrough.testkit.ActivityRecorder;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.followthrough.testkit.OutcomeTestExtension;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fakes and helpers of the prior-authorization tests. The clock starts on Monday 2 March 2026,
 * 10:00 in New York; the order is appointment {@code appt-0042} of patient {@code pt-0007}, a
 * cardiology visit with payer {@code aetna}, whose rules table entry asks for a decision within 10
 * days.
 */
abstract class PriorAuthTestBase {
  static final Instant MONDAY_10_ET = Instant.parse("2026-03-02T15:00:00Z");
  static final String ORDER = "appt-0042";
  static final String WORKFLOW_ID = PriorAuthWorkflow.workflowId(ORDER);
  static final PacketDocument NOTES = new PacketDocument("clinical-notes", "doc-0011");
  static final PacketDocument ECHO = new PacketDocument("imaging-report", "doc-0012");

  final FakePayer payerFake = new FakePayer();
  final FakeScheduler schedulerFake = new FakeScheduler();
  final FixedPriorAuthPolicy policy = new FixedPriorAuthPolicy();
  final ActivityRecorder<PayerActivities> payer =
      ActivityRecorder.of(PayerActivities.class, payerFake);
  final ActivityRecorder<DraftingActivities> drafting =
      ActivityRecorder.of(DraftingActivities.class, new FakeAppealDrafting());
  final ActivityRecorder<SchedulingQueueActivities> scheduler =
      ActivityRecorder.of(SchedulingQueueActivities.class, schedulerFake);

  @RegisterExtension
  final OutcomeTestExtension kit =
      OutcomeTestExtension.configure(
          env ->
              env.workflowTypes(PriorAuthWorkflowImpl.class)
                  .activities(payer.proxy(), drafting.proxy(), scheduler.proxy(), policy)
                  .initialTime(MONDAY_10_ET));

  static PriorAuthInput input(String specialty) {
    return new PriorAuthInput(
        ORDER, "pt-0007", "aetna", specialty, null, List.of("I25.10"), List.of(NOTES), ORDER, null);
  }

  PriorAuthWorkflow start(OutcomeTestEnvironment env) {
    return start(env, input("cardiology"));
  }

  PriorAuthWorkflow start(OutcomeTestEnvironment env, PriorAuthInput in) {
    PriorAuthWorkflow wf = env.newWorkflow(PriorAuthWorkflow.class, WORKFLOW_ID);
    WorkflowClient.start(wf::run, in);
    return wf;
  }

  static PriorAuthResult result(PriorAuthWorkflow wf) {
    return WorkflowStub.fromTyped(wf).getResult(PriorAuthResult.class);
  }

  static HumanTask openTask(PriorAuthWorkflow wf, String reason) {
    return wf.state().tasks().stream()
        .filter(t -> t.isOpen() && t.reason().equals(reason))
        .findFirst()
        .orElseThrow(
            () -> new NoSuchElementException("no open " + reason + " task: " + wf.state().tasks()));
  }

  static void resolve(PriorAuthWorkflow wf, String reason, String resolution) {
    HumanTask task = openTask(wf, reason);
    wf.completeTask(new TaskCompletion(task.id(), task.role(), "staff-1", resolution));
  }

  static String key(String stage, int n) {
    return WORKFLOW_ID + ":" + stage + ":" + n;
  }

  /** Writes a replay fixture when run with {@code -Dfollowthrough.recordHistories=true}. */
  static void record(OutcomeTestEnvironment env, String workflowId, String name) {
    if (Boolean.getBoolean("followthrough.recordHistories")) {
      try {
        env.exportHistory(workflowId, Path.of("src/test/resources/histories/" + name));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
