package io.followthrough.sdk;

import static io.followthrough.testkit.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.sdk.probe.LoopInput;
import io.followthrough.sdk.probe.LoopProbeWorkflow;
import io.followthrough.sdk.probe.LoopProbeWorkflowImpl;
import io.followthrough.testkit.OutcomeTestEnvironment;
import io.followthrough.testkit.OutcomeTestExtension;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HistoryGuardWorkflowTest {
  @RegisterExtension
  final OutcomeTestExtension kit =
      OutcomeTestExtension.configure(b -> b.workflowTypes(LoopProbeWorkflowImpl.class));

  @Test
  void longConversationContinuesAsNewAndKeepsItsTimeline(OutcomeTestEnvironment env) {
    String id = "probe/loop-1";
    LoopProbeWorkflow wf = env.newWorkflow(LoopProbeWorkflow.class, id);
    WorkflowClient.start(wf::run, new LoopInput(24, null));
    for (int i = 1; i <= 24; i++) {
      wf.ping();
      if (i < 24) {
        // Time skips only once the worker is idle: one workflow task per ping, so history grows.
        env.sleep(Duration.ofMinutes(1));
      }
    }
    assertEquals(24, WorkflowStub.fromTyped(wf).getResult(Integer.class));

    List<TimelineEntry> timeline = wf.timeline();
    System.out.println(
        "DEBUG events=" + env.history(id).getEvents().size() + " timeline=" + timeline);
    long handOvers =
        timeline.stream().filter(e -> e.kind() == TimelineKind.CONTINUED_AS_NEW).count();
    assertTrue(handOvers >= 2, "expected several continue-as-new hand-overs, saw " + handOvers);
    assertEquals(24, timeline.stream().filter(e -> e.kind() == TimelineKind.EVIDENCE).count());
    assertThat(timeline).stagesInOrder("listening").completed().timesAreOrdered();
    // The last run is short: the guard kept every run's history bounded.
    assertTrue(env.history(id).getEvents().size() < 40);
    assertEquals("completed", env.searchAttributes(id).get(OutcomeSearchAttributes.OUTCOME_STAGE));
    // A continued run republishes its search attributes before it handles anything.
    List<EventType> lastRun =
        env.history(id).getEvents().stream().map(HistoryEvent::getEventType).toList();
    assertTrue(
        lastRun.indexOf(EventType.EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES)
            < lastRun.indexOf(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED),
        lastRun.toString());
    assertFalse(
        env.history(id)
            .getEvents()
            .get(0)
            .getWorkflowExecutionStartedEventAttributes()
            .getContinuedExecutionRunId()
            .isEmpty());
  }
}
