package io.followthrough.faxrouting;

import io.followthrough.refill.RefillInput;
import io.followthrough.refill.RefillResult;
import io.followthrough.refill.RefillWorkflow;
import io.followthrough.sdk.OutcomeWorkflowBase;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stands in for the refill outcome (another module implements it): remembers its inputs. */
public class FakeRefillWorkflowImpl extends OutcomeWorkflowBase implements RefillWorkflow {
  static final List<RefillInput> STARTED = new CopyOnWriteArrayList<>();

  public FakeRefillWorkflowImpl() {
    super(OUTCOME_TYPE);
  }

  @Override
  public RefillResult run(RefillInput input) {
    if (!Workflow.isReplaying()) {
      STARTED.add(input);
    }
    Workflow.sleep(Duration.ofSeconds(1));
    outcome.complete("fake");
    return new RefillResult("fake", null);
  }
}
