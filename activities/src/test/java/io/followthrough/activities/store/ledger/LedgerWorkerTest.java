package io.followthrough.activities.store.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.followthrough.activities.store.TableDump;
import io.followthrough.activities.store.TestStore;
import io.followthrough.activities.store.analytics.AnalyticsFilter;
import io.followthrough.activities.store.analytics.StageLatency;
import io.followthrough.ledger.LedgerActivities;
import io.followthrough.ledger.LedgerEvent;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The ledger activity registered on a worker, driven by a workflow with time skipping. */
class LedgerWorkerTest {

  /** Fails each call's first attempt after storing: what a lost activity response looks like. */
  static final class FlakyLedger implements LedgerActivities {
    private final LedgerActivities delegate;
    private final AtomicInteger calls = new AtomicInteger();

    FlakyLedger(LedgerActivities delegate) {
      this.delegate = delegate;
    }

    @Override
    public boolean record(LedgerEvent event) {
      boolean stored = delegate.record(event);
      failEveryOtherCall();
      return stored;
    }

    @Override
    public int recordAll(List<LedgerEvent> events) {
      int stored = delegate.recordAll(events);
      failEveryOtherCall();
      return stored;
    }

    private void failEveryOtherCall() {
      if (calls.incrementAndGet() % 2 == 1) {
        throw new IllegalStateException("simulated timeout after commit");
      }
    }
  }

  @Test
  void workflowEventsLandOnceDespiteRetries() {
    try (TestStore test = TestStore.postgres(Clock.systemUTC());
        TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
      Worker worker = env.newWorker("ledger-test");
      worker.registerWorkflowImplementationTypes(RecordingWorkflowImpl.class);
      FlakyLedger flaky = new FlakyLedger(test.store().ledgerActivities());
      worker.registerActivitiesImplementations(flaky);
      env.start();

      RecordingWorkflow workflow =
          env.getWorkflowClient()
              .newWorkflowStub(
                  RecordingWorkflow.class,
                  WorkflowOptions.newBuilder()
                      .setWorkflowId("referral/fax-77")
                      .setTaskQueue("ledger-test")
                      .build());
      workflow.run("referral");

      assertEquals(8, flaky.calls.get(), "four activity calls, each retried once after storing");
      assertEquals(5, TableDump.count(test.store().dataSource(), "ledger_event"));
      List<String> outcome = TableDump.rows(test.store().dataSource(), "outcome");
      assertEquals(1, outcome.size());
      assertFalse(outcome.get(0).contains("status=open"), outcome.get(0));
      List<StageLatency> latency = test.store().analytics().timeToNextStep(AnalyticsFilter.all());
      // Workflow time also advanced by the retry backoff of the flaky calls (seconds).
      assertEquals(2 * 3_600_000.0, latency.get(0).p50Ms(), 60_000, "intake: two workflow hours");
      assertEquals(25 * 3_600_000.0, latency.get(1).p50Ms(), 60_000, "verify: until completion");
      env.shutdown();
    }
  }
}
